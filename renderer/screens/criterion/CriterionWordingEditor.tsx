import { useState } from 'react';
import { Button, Disclosure, DisclosurePanel, Form, Heading, Input, Label, TextArea, TextField } from 'react-aria-components';
import type { AppliedOverride } from '../../../core/frameworks/registry';
import { useApi } from '../../api/api-context';
import { useFrameworkInvalidation } from '../../api/use-frameworks';
import { notify } from '../../components/notices';
import { apiErrorLines } from '../frameworks/api-error-text';

/**
 * Lets the user reword a criterion's heading and guidance (for example to match their body's
 * latest document); the framework's own words are kept and a reset brings them back.
 */
export function CriterionWordingEditor({
  frameworkId,
  code,
  heading,
  guidance,
  override,
}: {
  frameworkId: string;
  code: string;
  heading: string;
  guidance: string;
  override: AppliedOverride | undefined;
}) {
  const api = useApi();
  const invalidate = useFrameworkInvalidation();
  const [draft, setDraft] = useState({ heading, guidance });
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    try {
      await api.setCriterionOverride(frameworkId, code, { heading: draft.heading, guidance: draft.guidance });
      await invalidate();
      notify(`Saved your wording of ${code}.`);
    } catch (e) {
      const { message, issues } = apiErrorLines(e);
      setError([message, ...issues].join(' '));
    }
  };
  const reset = async () => {
    try {
      const loaded = await api.clearCriterionOverride(frameworkId, code);
      await invalidate();
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
          Edit the wording{override ? ' (reworded by you)' : ''}
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
          <TextField className="field" value={draft.heading} onChange={(v) => setDraft((d) => ({ ...d, heading: v }))} maxLength={300}>
            <Label>Heading</Label>
            <Input className="input" />
          </TextField>
          <TextField className="field" value={draft.guidance} onChange={(v) => setDraft((d) => ({ ...d, guidance: v }))} maxLength={4000}>
            <Label>Guidance</Label>
            <TextArea className="input textarea" rows={5} />
          </TextField>
          {override && (
            <p className="muted">
              The framework’s own heading: “{override.originalHeading}”
            </p>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <Button className="button primary" type="submit">
              Save wording
            </Button>
            {override && (
              <Button className="button" onPress={() => void reset()}>
                Reset to the framework’s wording
              </Button>
            )}
          </div>
        </Form>
      </DisclosurePanel>
    </Disclosure>
  );
}
