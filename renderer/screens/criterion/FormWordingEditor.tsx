import { useState } from 'react';
import { Button, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { FormActions } from '../../components/FormActions';
import { notify } from '../../components/notices';
import { apiErrorLines } from '../../format/api-error-text';

/**
 * While a criterion's official wording is unconfirmed, the applicant's own application form is the
 * best source: they paste its wording here, and it is shown and printed marked as theirs.
 */
export function FormWordingEditor({ frameworkId, code, saved }: { frameworkId: string; code: string; saved: string | undefined }) {
  const api = useApi();
  const [draft, setDraft] = useState(saved ?? '');
  const [error, setError] = useState<string | null>(null);

  const store = async (formWording: string, done: string) => {
    setError(null);
    try {
      await api.setCriterionOverride(frameworkId, code, { formWording });
      notify(done);
    } catch (e) {
      const { message, issues } = apiErrorLines(e);
      setError([message, ...issues].join(' '));
    }
  };

  return (
    <Form
      className="form form-wording"
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim() === '') {
          setError('Paste the wording first: copy it from the criterion on your licensed body\u2019s application form.');
          return;
        }
        void store(draft, `Saved the wording of ${code} from your application form.`);
      }}
    >
      <TextField className="field" value={draft} onChange={setDraft} maxLength={2000}>
        <Label>Paste the wording from your licensed body’s application form</Label>
        <TextArea className="input textarea" rows={4} />
        <Text slot="description" className="hint">
          Copy this criterion’s wording exactly as your form gives it. It is shown, and printed in your pack, marked “as given in your application form”.
        </Text>
      </TextField>
      <FormActions error={error} submitLabel="Save the form’s wording">
        {saved !== undefined && (
          <Button
            className="button"
            onPress={() => {
              setDraft('');
              void store('', `Removed the form’s wording of ${code}.`);
            }}
          >
            Remove it
          </Button>
        )}
      </FormActions>
    </Form>
  );
}
