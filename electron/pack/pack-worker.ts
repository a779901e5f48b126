// The pack worker: makes PDFs off the main thread. Started by pack-service.ts through
// worker-location.ts; speaks the messages in pack-messages.ts.
import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { EvidenceCheck, EvidenceSource } from '../../core/pack/evidence-source';
import { writeCpdSummary, writeProfilePage } from '../../core/pack/summaries';
import { writeSupporterBrief } from '../../core/pack/supporter-brief';
import type { CriterionCitations } from '../../core/pack/pack-citations';
import type { EvidencePrinted } from '../../core/pack/evidence-printed';
import { writePack } from '../../core/pack/write-pack';
import { transferable, type BriefMade, type FromWorker, type PdfJobInput, type ToWorker } from './pack-messages';
import { cachedImagePreparer } from './cached-prepare-image';
import { prepareImage } from './prepare-image';
import { renderPdfPages } from './render-pdf-pages';

const port = parentPort;
if (!port) throw new Error('pack-worker.ts runs only as a worker thread.');
// Decoded images are used once; libvips's cache would only hold memory.
sharp.cache(false);

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

async function run(input: PdfJobInput): Promise<{ bytes: Uint8Array; pages: number; citations?: CriterionCitations[]; brief?: BriefMade; evidence?: EvidencePrinted[] }> {
  switch (input.kind) {
    case 'pack':
      return writePack({
        portfolio: input.portfolio,
        framework: input.framework,
        options: input.options,
        fonts: input.fonts,
        evidence,
        prepareImage: cachedImagePreparer(input.imageCacheDir, prepareImage),
        renderPdf: renderPdfPages,
        deflate: (bytes) => deflateSync(bytes),
        mustFix: input.mustFix,
        onProgress: (progress) => send({ type: 'progress', progress }),
      });
    case 'cpd-summary':
      return writeCpdSummary({ portfolio: input.portfolio, ...input.options, fonts: input.fonts });
    case 'profile':
      return writeProfilePage({ portfolio: input.portfolio, date: input.date, fonts: input.fonts, frameworks: input.frameworks });
    case 'supporter-brief': {
      const made = await writeSupporterBrief({ portfolio: input.portfolio, framework: input.framework, supporterId: input.supporterId, date: input.date, fonts: input.fonts });
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
