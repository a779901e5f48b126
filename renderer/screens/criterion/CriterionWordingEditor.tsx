import { useState } from 'react';
import { Button, Disclosure, DisclosurePanel, Form, Heading, Input, Label, TextArea, TextField } from 'react-aria-components';
import type { AppliedOverride } from '../../../core/frameworks/registry';
import { useApi } from '../../api/api-context';
import { FormActions } from '../../components/FormActions';
import { notify } from '../../components/notices';
import { apiErrorLines } from '../../format/api-error-text';

/**
 * Lets the user reword a pending criterion's summary and any criterion's guidance; the framework's
 * own words are kept and a reset brings them back. An official heading is the standard's own
 * words, so it is not offered for rewording.
 */
export function CriterionWordingEditor({
  frameworkId,
  code,
  official,
  heading,
  guidance,
  override,
}: {
  frameworkId: string;
  code: string;
  official: boolean;
  heading: string;
  guidance: string;
  override: AppliedOverride | undefined;
}) {
  const api = useApi();
  const [draft, setDraft] = useState({ heading, guidance });
  const [error, setError] = useState<string | null>(null);
  const reworded = override !== undefined && (override.heading !== undefined || override.guidance !== undefined);

  const save = async () => {
    setError(null);
    try {
      await api.setCriterionOverride(frameworkId, code, official ? { guidance: draft.guidance } : { heading: draft.heading, guidance: draft.guidance });
      notify(`Saved your wording of ${code}.`);
    } catch (e) {
      const { message, issues } = apiErrorLines(e);
      setError([message, ...issues].join(' '));
    }
  };
  const reset = async () => {
    try {
      let loaded = await api.clearCriterionOverride(frameworkId, code);
      // The reset is about the summary and guidance: wording pasted from the form stays.
      if (override?.formWording) loaded = await api.setCriterionOverride(frameworkId, code, { formWording: override.formWording });
      const original = loaded.framework.areas.flatMap((a) => a.criteria).find((c) => c.code === code);
      if (original) setDraft({ heading: original.heading, guidance: original.guidance });
      notify(`${code} is back to the framework’s own wording.`);
    } catch (e) {
      setError(apiErrorLines(e).message);
    }
  };

  return (
    <Disclosure className="disclosure">
      <Heading level={3}>
        <Button slot="trigger" className="disclosure-trigger">
          {official ? 'Edit the guidance' : 'Edit the summary and guidance'}
          {reworded ? ' (reworded by you)' : ''}
        </Button>
      </Heading>
      <DisclosurePanel>
        <Form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {official ? (
            <p className="muted">The heading is the official wording, so it stays as the standard gives it.</p>
          ) : (
            <TextField className="field" value={draft.heading} onChange={(v) => setDraft((d) => ({ ...d, heading: v }))} maxLength={300}>
              <Label>Summary (for you only; never printed as the criterion’s wording)</Label>
              <Input className="input" />
            </TextField>
          )}
          <TextField className="field" value={draft.guidance} onChange={(v) => setDraft((d) => ({ ...d, guidance: v }))} maxLength={4000}>
            <Label>Guidance</Label>
            <TextArea className="input textarea" rows={5} />
          </TextField>
          {override && !official && (
            <p className="muted">
              The framework’s own summary: “{override.originalHeading}”
            </p>
          )}
          <FormActions error={error} submitLabel="Save wording">
            {reworded && (
              <Button className="button" onPress={() => void reset()}>
                Reset to the framework’s wording
              </Button>
            )}
          </FormActions>
        </Form>
      </DisclosurePanel>
    </Disclosure>
  );
}
