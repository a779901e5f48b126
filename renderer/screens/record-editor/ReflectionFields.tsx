import { useController, type Control } from 'react-hook-form';
import { reflectionModelList, reflectionModels } from '../../../core/cpd/reflection-models';
import type { ReflectionModelId } from '../../../core/model/cpd-record';
import { OptionSelect } from '../../components/OptionSelect';
import { TextAreaRow } from '../../components/TextAreaRow';
import type { CpdFormValues } from './cpd-form-values';

const modelOptions = reflectionModelList.map((m) => ({ id: m.id, label: m.name }));

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
      <OptionSelect
        label="Reflection model"
        selectedKey={model.id}
        onSelectionChange={(key) => field.onChange(String(key))}
        options={modelOptions}
        buttonRef={field.ref}
      />
      {model.prompts.map((prompt) => (
        <TextAreaRow key={`${model.id}-${prompt.id}`} control={control} name={`reflection.answers.${prompt.id}`} label={prompt.label} description={prompt.hint} rows={3} showWordCount />
      ))}
    </fieldset>
  );
}
