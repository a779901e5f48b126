import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { z } from 'zod';
import { EvidenceUpdate } from '../../../core/api/methods/evidence';
import { PAGED_MEDIA_TYPE } from '../../../core/evidence/page-selection';
import type { EvidenceItem } from '../../../core/model/evidence';
import { useUpdateEvidence } from '../../api/use-evidence';
import { DateFieldRow } from '../../components/DateField';
import { DialogActions } from '../../components/FormActions';
import { notify } from '../../components/notices';
import { TextAreaRow } from '../../components/TextAreaRow';
import { TextFieldRow } from '../../components/TextFieldRow';
import { useFormDraft } from '../../components/useFormDraft';
import { CriteriaPicker } from '../../components/CriteriaPicker';

type Values = z.input<typeof EvidenceUpdate>;

/** Only a PDF has pages to choose from; every other file goes into the pack whole. */
const hasPages = (item: EvidenceItem) => item.kind === 'file' && item.file.mediaType === PAGED_MEDIA_TYPE;

const valuesOf = (item: EvidenceItem): Values => ({
  title: item.title,
  date: item.date,
  description: item.description,
  mappings: item.mappings,
  ...(item.kind === 'note' ? { note: item.note } : {}),
  ...(item.kind === 'link' ? { url: item.url } : {}),
  ...(hasPages(item) ? { pages: item.pages ?? '' } : {}),
});

/** Edits an item's title, date, description, note text or address, a PDF's pages, and the criteria it shows. */
export function EvidenceDetailsDialog({ item, heading, onClose }: { item: EvidenceItem; heading?: string; onClose: () => void }) {
  const update = useUpdateEvidence();
  const form = useForm<Values, unknown, z.output<typeof EvidenceUpdate>>({ resolver: zodResolver(EvidenceUpdate), defaultValues: valuesOf(item) });
  const { control, handleSubmit, formState } = form;
  // Unsaved edits survive a closed window: restored with a notice the next time this item is edited.
  const draft = useFormDraft(form, 'evidence', item.id);
  const cancel = () => {
    draft.discard();
    onClose();
  };

  const submit = handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ id: item.id, update: values });
      draft.discard();
      notify(`Saved “${values.title}”.`);
      onClose();
    } catch (error) {
      notify(`Could not save: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  });

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && cancel()}>
      <Modal className="modal wide">
        <Dialog className="dialog">
          <Heading slot="title">{heading ?? `Edit “${item.title}”`}</Heading>
          <Form className="form" onSubmit={(e) => void submit(e)} validationBehavior="aria">
            <TextFieldRow control={control} name="title" label="Title" isRequired />
            <DateFieldRow control={control} name="date" label="Date" isRequired />
            {hasPages(item) && <TextFieldRow control={control} name="pages" label="Pages to include" description="Leave empty for the whole document" />}
            {item.kind === 'note' && <TextAreaRow control={control} name="note" label="Note" rows={6} />}
            {item.kind === 'link' && <TextFieldRow control={control} name="url" label="Web address" type="url" />}
            <TextAreaRow control={control} name="description" label="What it shows" rows={3} />
            <Controller
              control={control}
              name="mappings"
              render={({ field }) => <CriteriaPicker value={field.value ?? []} onChange={field.onChange} />}
            />
            <DialogActions onCancel={cancel} submitLabel={formState.isSubmitting ? 'Saving…' : 'Save details'} isSubmitting={formState.isSubmitting} />
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
