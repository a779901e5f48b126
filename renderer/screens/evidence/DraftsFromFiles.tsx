import { useState } from 'react';
import { Link, Text } from 'react-aria-components';
import type { EvidenceDrafts } from '../../../core/api/methods/inbox';
import type { EvidenceItem } from '../../../core/model/evidence';
import { useApi } from '../../api/api-context';
import { notify } from '../../components/notices';
import { useFocusOnResult } from '../../components/useFocusOnResult';
import { evidenceDraftLines, evidenceDraftsHeading } from '../../format/inbox-run';
import { TickBox } from '../../components/TickBox';

/**
 * The inbox's review for files added on the evidence screen: when chosen, each newly added file
 * gets a draft CPD record filled in from its words, as the inbox folder does.
 */
export function useDraftsFromFiles() {
  const api = useApi();
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EvidenceDrafts | null>(null);

  const draftFor = async (items: EvidenceItem[]) => {
    const files = items.filter((item) => item.kind === 'file');
    if (files.length === 0) return;
    setBusy(true);
    try {
      setResult(await api.draftsFromEvidence(files.map((item) => item.id)));
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  return { on, setOn, busy, result, draftFor };
}

type Props = Pick<ReturnType<typeof useDraftsFromFiles>, 'on' | 'setOn' | 'busy' | 'result'>;

export function DraftsFromFiles({ on, setOn, busy, result }: Props) {
  const heading = useFocusOnResult<HTMLHeadingElement>(result);
  return (
    <section className="card drafts-from-files" aria-label="Drafts from added files">
      <TickBox isSelected={on} onChange={setOn} aria-describedby="drafts-from-files-description">
        Make a draft CPD record for each file added, filled in from its words
      </TickBox>
      <Text elementType="p" id="drafts-from-files-description" className="field-description">
        As the inbox does: the title, provider, date and hours a certificate states, the rest from the file&apos;s name, each draft citing its file. Review them in the CPD log.
      </Text>
      <div role="status">
        {busy && <p>Reading the added files for their drafts…</p>}
        {!busy && result && (
          <div className="report">
            <h3 ref={heading} tabIndex={-1}>
              {evidenceDraftsHeading(result.made.length)}
            </h3>
            <ul>
              {evidenceDraftLines(result).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {result.made.length > 0 && <Link href="/cpd">Review them in the CPD log</Link>}
          </div>
        )}
      </div>
    </section>
  );
}
