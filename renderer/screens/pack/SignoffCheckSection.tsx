import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, FileTrigger } from 'react-aria-components';
import { MAX_EVIDENCE_BYTES, tooLargeMessage } from '../../../core/evidence/limits';
import type { SignoffCheck } from '../../../core/pack/signoff-check';
import { useApi } from '../../api/api-context';
import { fileToBase64 } from '../../api/base64';
import { useApiQuery } from '../../api/queries';
import { OptionSelect } from '../../components/OptionSelect';

const CHANGE: Record<SignoffCheck['changes'][number]['change'], string> = { edited: 'changed', added: 'written since', removed: 'removed since' };
const READ_FROM: Record<SignoffCheck['readFrom'], string> = { 'pdf-text': "read from the PDF's text", 'qr-code': 'read from the QR code in the image' };

function SignoffResult({ check, fileName }: { check: SignoffCheck; fileName: string }) {
  const found = `${fileName}: fingerprint ${check.fingerprint}, ${READ_FROM[check.readFrom]}.`;
  if (check.status === 'unknown') return <p role="status">{found} It matches no brief made from this portfolio.</p>;
  if (check.status === 'unchanged') return <p role="status">{found} Unchanged: every statement is as your supporter saw it.</p>;
  return (
    <div role="status">
      <p>{found} Changed since your supporter saw the brief. Ask them to look again at:</p>
      <ul aria-label="Statements changed since signing">
        {check.changes.map((c) => (
          <li key={c.code}>
            {c.code} · {c.heading}: {CHANGE[c.change]}
          </li>
        ))}
      </ul>
    </div>
  );
}

type Returned = { evidenceId: string; fileName: string } | { file: File };

/**
 * "Check a signed brief": the signed PDF, a scan or a photo of a page comes back and is kept as
 * evidence (added here, or chosen among the files already kept); its statements fingerprint is read
 * and every statement changed since the supporter saw it is named by criterion.
 */
export function SignoffCheckSection() {
  const api = useApi();
  const evidence = useApiQuery('listEvidence', []);
  const files = (evidence.data ?? []).filter((e) => e.kind === 'file');
  const [chosen, setChosen] = useState<string | null>(null);
  const verify = useMutation({
    mutationFn: async (returned: Returned) => {
      if ('evidenceId' in returned) return { check: await api.verifySignoff(returned.evidenceId), fileName: returned.fileName };
      const { file } = returned;
      if (file.size > MAX_EVIDENCE_BYTES) throw new Error(tooLargeMessage(file.name, file.size));
      const added = await api.addEvidenceFile({ title: `Signed supporter's brief (${file.name})`, fileName: file.name, dataBase64: await fileToBase64(file) });
      try {
        return { check: await api.verifySignoff(added.item.id), fileName: file.name };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${reason} The file is kept with your evidence as “${added.item.title}”: remove it there if it is not the signed brief.`);
      }
    },
  });
  return (
    <>
      <h3>Check a signed brief</h3>
      <p>Add the signed PDF, or a scan or photo of any signed page: it is kept with your evidence and checked against your statements now.</p>
      <FileTrigger acceptedFileTypes={['application/pdf', 'image/*']} onSelect={(list) => list?.[0] && verify.mutate({ file: list[0] })}>
        <Button className="button" isDisabled={verify.isPending}>
          {verify.isPending ? 'Checking…' : 'Add a signed brief and check it…'}
        </Button>
      </FileTrigger>
      {files.length > 0 && (
        <div className="form-actions">
          <OptionSelect label="Or one already kept as evidence" selectedKey={chosen} onSelectionChange={setChosen} options={files.map((f) => ({ id: f.id, label: f.title }))} />
          <Button
            className="button"
            isDisabled={!chosen || verify.isPending}
            onPress={() => chosen && verify.mutate({ evidenceId: chosen, fileName: files.find((f) => f.id === chosen)?.title ?? 'The file' })}
          >
            Check it
          </Button>
        </div>
      )}
      {verify.isError && <p role="alert">{verify.error.message}</p>}
      {verify.data && <SignoffResult check={verify.data.check} fileName={verify.data.fileName} />}
    </>
  );
}
