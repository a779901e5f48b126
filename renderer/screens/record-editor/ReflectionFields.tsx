import { useController, type Control } from 'react-hook-form';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { reflectionModelList, reflectionModels } from '../../../core/cpd/reflection-models';
import type { ReflectionModelId } from '../../../core/model/cpd-record';
import { TextAreaRow } from '../../components/TextAreaRow';
import type { CpdFormValues } from './cpd-form-values';

/**
 * The reflection, answered against the prompts of the chosen model. Switching model keeps every
 * answer already written (answers are keyed by prompt id), so nothing typed is lost.
 */
export function ReflectionFields({ control }: { control: Control<CpdFormValues> }) {
  const { field } = useController({ control, name: 'reflection.model' });
  const model = reflectionModels[(field.value ?? 'science-council') as ReflectionModelId];
  return (
    <fieldset className="fieldset">
      <legend>Reflection</legend>
      <Select className="field" selectedKey={model.id} onSelectionChange={(key) => field.onChange(String(key))}>
        <Label className="field-label">Reflection model</Label>
        <Button className="select-button" ref={field.ref}>
          <SelectValue />
          <span aria-hidden="true" className="select-chevron">
            ▾
          </span>
        </Button>
        <Popover className="popover">
          <ListBox className="listbox" items={reflectionModelList}>
            {(m) => (
              <ListBoxItem id={m.id} className="listbox-item" textValue={m.name}>
                {m.name}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </Select>
      {model.prompts.map((prompt) => (
        <TextAreaRow key={`${model.id}-${prompt.id}`} control={control} name={`reflection.answers.${prompt.id}`} label={prompt.label} description={prompt.hint} rows={3} showWordCount />
      ))}
    </fieldset>
  );
}
