import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { z } from 'zod';
import { EvidenceLinkInput, EvidenceNoteInput } from '../../../core/api/methods/evidence';
import { useApi } from '../../api/api-context';
import { DialogActions } from '../../components/FormActions';
import { notify } from '../../components/notices';
import { TextAreaRow } from '../../components/TextAreaRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import { useFormDraft } from '../../components/useFormDraft';

// One form for both: a note's body is its text, a link's is its address.
const NoteForm = EvidenceNoteInput.pick({ title: true, note: true, description: true });
const LinkForm = EvidenceLinkInput.pick({ title: true, url: true, description: true });
type Values = { title: string; note?: string; url?: string; description?: string };

/** Adds a written note (an observation, a witness statement) or a web address kept as text. */
export function AddTextEvidenceDialog({ kind, onClose }: { kind: 'note' | 'link'; onClose: () => void }) {
  const api = useApi();
  const schema: z.ZodType<Values, Values> = kind === 'note' ? NoteForm : LinkForm;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: kind === 'note' ? { title: '', note: '', description: '' } : { title: '', url: '', description: '' },
  });

  const { control, handleSubmit, formState } = form;
  // What was typed survives a closed window: restored with a notice when the dialog opens again.
  const draft = useFormDraft(form, `evidence-${kind}`, undefined);
  const cancel = () => {
    draft.discard();
    onClose();
  };

  const submit = handleSubmit(async (values) => {
    try {
      if (kind === 'note') await api.addEvidenceNote({ title: values.title, note: values.note ?? '', description: values.description });
      else await api.addEvidenceLink({ title: values.title, url: values.url ?? '', description: values.description });
      draft.discard();
      notify(`Added “${values.title}”.`);
      onClose();
    } catch (error) {
      notify(`Could not add it: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  });

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && cancel()}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{kind === 'note' ? 'Add a note' : 'Add a link'}</Heading>
          <Form className="form" onSubmit={(e) => void submit(e)} validationBehavior="aria">
            <TextFieldRow control={control} name="title" label="Title" isRequired autoFocus />
            {kind === 'note' ? (
              <TextAreaRow control={control} name="note" label="Note" rows={6} isRequired />
            ) : (
              <TextFieldRow control={control} name="url" label="Web address" type="url" isRequired description="Starting with https:// or http://. It is kept as text and opened only when you ask." />
            )}
            <TextAreaRow control={control} name="description" label="What it shows" rows={3} />
            <DialogActions onCancel={cancel} submitLabel={kind === 'note' ? 'Add note' : 'Add link'} isSubmitting={formState.isSubmitting} />
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
