import { parseISO } from 'date-fns';
import { formatUkDate, formatUkDateLong } from '../format/uk-date';
import { RATING_LABELS, type RatingLevel } from '../model/competence-rating';
import type { Portfolio } from '../model/portfolio';
import { Flow } from '../pack/flow';
import { writeOutline } from '../pack/outline';
import { createPackDocument, setPackMetadata, type FontBytes } from '../pack/pack-document';
import { applicantName } from '../pack/pack-sections';
import { fitLine, stampPageNumbers } from '../pack/page-frame';
import { TYPE } from '../pack/page-geometry';
import type { PathwayView } from './pathway-view';

export interface PathwaySummaryInput {
  portfolio: Portfolio;
  view: PathwayView;
  /** YYYY-MM-DD printed on the page. */
  date: string;
  fonts: FontBytes;
}

/** Rows kept so the summary stays one page whatever the framework's size; the rest are counted. */
const MAX_COMPETENCE_ROWS = 20;
const MAX_GAP_ROWS = 8;

const ratingLabel = (rating: RatingLevel | null): string => (rating ? RATING_LABELS[rating] : 'Not rated');

/** How a competence's rating moved, oldest first: "Developing (12/01/2026) → Competent (03/06/2026)". */
export function ratingTrail(history: PathwayView['competences'][number]['history'], keep = 3): string {
  const steps = history.map((r) => `${RATING_LABELS[r.rating]} (${formatUkDate(r.date)})`);
  return steps.length > keep ? `… ${steps.slice(-keep).join(' → ')}` : steps.join(' → ');
}

/**
 * A one-page development summary for an appraisal: the current and target level of a career
 * pathway, every competence with its rating and how it moved, and what is still to show with the
 * CPD that would show it. Built from the pack's document, flow and footer primitives.
 */
export async function writePathwaySummary(input: PathwaySummaryInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const { portfolio, view } = input;
  const { doc, fonts, type } = await createPackDocument(input.fonts);
  const flow = new Flow(doc, type, fonts);
  const name = applicantName(portfolio);
  const levelName = (id: string | null) => view.levels.find((l) => l.id === id)?.name;
  const target = view.levels.find((l) => l.id === view.targetLevelId);

  flow.newPage();
  flow.heading(`Development summary: ${name}`, TYPE.heading + 2);
  const role = [portfolio.profile.jobTitle, portfolio.profile.employer].filter(Boolean).join(', ');
  if (role) flow.paragraph(role);
  flow.paragraph(`Prepared ${formatUkDateLong(input.date)} for appraisal. Career pathway: ${view.frameworkName}.`, { grey: true, size: TYPE.small });
  flow.field('Current level', levelName(view.currentLevelId) ?? 'None of the levels is met yet');
  flow.field('Target level', target ? `${target.name} (${target.metCount} of ${target.expectationCount} expectations met)` : 'The top level is reached');

  flow.gap(4);
  flow.heading('Competence ratings', TYPE.subheading);
  const width = flow.width;
  const rows = view.competences.slice(0, MAX_COMPETENCE_ROWS).map((c) => [
    c.code,
    fitLine(type, c.heading, fonts.regular, TYPE.small, width * 0.43 - 4),
    ratingLabel(c.current),
    fitLine(type, c.history.length > 1 ? ratingTrail(c.history.slice(0, -1)) : c.history.length === 1 ? 'First rating' : '', fonts.regular, TYPE.small, width * 0.36 - 4),
  ]);
  flow.table(
    [
      { header: 'Code', share: 0.07 },
      { header: 'Competence', share: 0.43 },
      { header: 'Now', share: 0.14 },
      { header: 'Earlier ratings', share: 0.36 },
    ],
    rows,
  );
  if (view.competences.length > MAX_COMPETENCE_ROWS) flow.paragraph(`and ${view.competences.length - MAX_COMPETENCE_ROWS} more competences, listed in the app`, { grey: true, size: TYPE.small });

  if (target) {
    flow.heading(`Still to show for ${target.name}`, TYPE.subheading);
    if (view.gaps.length === 0) flow.paragraph('Every expectation of this level is met.', { size: TYPE.small });
    else {
      flow.table(
        [
          { header: 'Code', share: 0.07 },
          { header: 'Competence', share: 0.3 },
          { header: 'Now → needed', share: 0.2 },
          { header: 'Suggested CPD', share: 0.43 },
        ],
        view.gaps.slice(0, MAX_GAP_ROWS).map((g) => [
          g.code,
          g.heading,
          `${ratingLabel(g.current)} → ${RATING_LABELS[g.expected]}`,
          [g.suggestedCpd, g.cpdCategories.length > 0 ? `(${g.cpdCategories.map((c) => c.label).join(', ')})` : ''].filter(Boolean).join(' ') || g.guidance,
        ]),
      );
      if (view.gaps.length > MAX_GAP_ROWS) flow.paragraph(`and ${view.gaps.length - MAX_GAP_ROWS} more, listed in the app`, { grey: true, size: TYPE.small });
    }
  }

  // However long the suggestions run, the summary stays one page.
  while (doc.getPageCount() > 1) doc.removePage(doc.getPageCount() - 1);
  writeOutline(doc, [{ title: `Development summary: ${view.shortName}`, pageIndex: 0 }]);
  stampPageNumbers(doc.getPages(), type, fonts.regular, `Development summary, ${formatUkDate(input.date)}`, new Set());
  setPackMetadata(doc, { title: `Development summary (${view.shortName}): ${name}`, author: name, subject: `Career pathway: ${view.frameworkName}`, date: parseISO(input.date) });
  return { bytes: await doc.save({ useObjectStreams: true }), pages: 1 };
}
