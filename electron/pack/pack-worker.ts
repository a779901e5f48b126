// The pack worker: makes PDFs off the main thread. Started by pack-service.ts through
// worker-location.ts; speaks the messages in pack-messages.ts.
// Each kind of PDF loads its own code when asked (the bundle is split, scripts/build.mjs): a CPD
// summary never parses the pack's image, pdf.js or evidence code.
import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import type { EvidenceCheck, EvidenceSource } from '../../core/pack/evidence-source';
import type { CriterionCitations } from '../../core/pack/pack-citations';
import type { EvidencePrinted } from '../../core/pack/evidence-printed';
import { transferable, type BriefMade, type FromWorker, type PdfJobInput, type ToWorker } from './pack-messages';
import { loadSharp } from './native-packages';

const port = parentPort;
if (!port) throw new Error('pack-worker.ts runs only as a worker thread.');

const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const waiting = new Map<number, (bytes: Uint8Array | null) => void>();
const checking = new Map<number, (check: EvidenceCheck | null) => void>();
let nextRequest = 0;

const evidence: EvidenceSource = {
  read: (sha256) =>
    new Promise((resolve) => {
      const requestId = ++nextRequest;
      waiting.set(requestId, resolve);
      send({ type: 'evidence-request', requestId, sha256 });
    }),
  check: (sha256) =>
    new Promise((resolve, reject) => {
      const requestId = ++nextRequest;
      checking.set(requestId, (check) => (check ? resolve(check) : reject(new Error('An evidence file could not be read.'))));
      send({ type: 'evidence-check-request', requestId, sha256 });
    }),
};

// Node's zlib rather than pdf-lib's JavaScript deflate, for every kind of PDF: several times faster, and the same bytes each run.
const deflate = (bytes: Uint8Array): Uint8Array => deflateSync(bytes);

async function run(input: PdfJobInput): Promise<{ bytes: Uint8Array; pages: number; citations?: CriterionCitations[]; brief?: BriefMade; evidence?: EvidencePrinted[] }> {
  switch (input.kind) {
    case 'pack': {
      const [{ writePack }, { cachedImagePreparer }, { prepareImage }, { renderPdfPages }, sharp] = await Promise.all([
        import('../../core/pack/write-pack'),
        import('./cached-prepare-image'),
        import('./prepare-image'),
        import('./render-pdf-pages'),
        loadSharp(),
      ]);
      // Decoded images are used once; libvips's cache would only hold memory.
      sharp.cache(false);
      return writePack({
        portfolio: input.portfolio,
        framework: input.framework,
        options: input.options,
        fonts: input.fonts,
        evidence,
        prepareImage: cachedImagePreparer(input.imageCacheDir, prepareImage),
        renderPdf: renderPdfPages,
        deflate,
        mustFix: input.mustFix,
        onProgress: (progress) => send({ type: 'progress', progress }),
      });
    }
    case 'cpd-summary': {
      const { writeCpdSummary } = await import('../../core/pack/summaries');
      return writeCpdSummary({ portfolio: input.portfolio, ...input.options, fonts: input.fonts, deflate });
    }
    case 'profile': {
      const { writeProfilePage } = await import('../../core/pack/summaries');
      return writeProfilePage({ portfolio: input.portfolio, date: input.date, fonts: input.fonts, frameworks: input.frameworks, deflate });
    }
    case 'supporter-brief': {
      const { writeSupporterBrief } = await import('../../core/pack/supporter-brief');
      const made = await writeSupporterBrief({ portfolio: input.portfolio, framework: input.framework, supporterId: input.supporterId, date: input.date, fonts: input.fonts, deflate });
      return { bytes: made.bytes, pages: made.pages, brief: { ...made.record, shortFingerprint: made.shortFingerprint } };
    }
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'evidence') {
    waiting.get(message.requestId)?.(message.bytes);
    waiting.delete(message.requestId);
    return;
  }
  if (message.type === 'evidence-check') {
    checking.get(message.requestId)?.(message.check);
    checking.delete(message.requestId);
    return;
  }
  run(message.input).then(
    ({ bytes, pages, citations, brief, evidence: printed }) => send({ type: 'result', bytes, pages, citations, brief, evidence: printed }, transferable(bytes)),
    (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
