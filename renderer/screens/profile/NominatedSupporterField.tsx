import { useWatch, type Control } from 'react-hook-form';
import type { z } from 'zod';
import type { Supporter } from '../../../core/model/career';
import type { Profile } from '../../../core/model/profile';
import { useFramework } from '../../api/use-frameworks';
import type { SelectOption } from '../../components/SelectMenu';
import { SelectRow } from '../../components/SelectRow';

type Values = z.input<typeof Profile>;

/**
 * Who supports one target registration: a choice among the recorded people of the kind the
 * framework asks for. The body contacts them by email, so the need for one is said beside the
 * choice and a choice without one is pointed out at once.
 */
export function NominatedSupporterField({ control, index, supporters }: { control: Control<Values>; index: number; supporters: readonly Supporter[] | undefined }) {
  const frameworkId = useWatch({ control, name: `targetRegistrations.${index}.frameworkId` });
  const chosenId = useWatch({ control, name: `targetRegistrations.${index}.nominatedSupporterId` });
  const framework = useFramework(frameworkId || undefined).data?.framework;
  const wanted = framework?.requirements.supporters;
  const kind = wanted?.kind;
  const noun = kind === 'referee' ? 'referee' : 'supporter';

  const options: SelectOption[] = (supporters ?? []).filter((s) => !kind || s.kind === kind).map((s) => ({ id: s.id, label: s.email ? s.name : `${s.name} (no email yet)` }));
  // A choice the list no longer offers stays visible, so it is never dropped without the user seeing it.
  const chosen = supporters?.find((s) => s.id === chosenId);
  if (chosenId && !options.some((o) => o.id === chosenId)) {
    const label = !supporters ? 'Loading…' : chosen ? `${chosen.name} (recorded as a ${chosen.kind})` : 'Someone no longer in your supporters: choose again';
    options.push({ id: chosenId, label });
  }

  const asks = wanted && framework ? `${framework.shortName} asks for ${wanted.count === 1 ? 'one' : wanted.count} ${noun}${wanted.count === 1 ? '' : 's'}. ` : '';
  const none = supporters && options.length === 0 ? ` Add them on the "Supporters and referees" tab first.` : '';
  return (
    <div className="stack">
      <SelectRow
        control={control}
        name={`targetRegistrations.${index}.nominatedSupporterId`}
        label={kind === 'referee' ? 'Referee' : 'Nominated supporter'}
        description={`${asks}They need an email address: the body contacts them by email.${none}`}
        options={options}
        emptyLabel="No one yet"
      />
      {/* The live region is always there, so choosing someone without an email is announced. */}
      <div role="status">
        {chosen && !chosen.email && (
          <p className="field-warning">
            {chosen.name} has no email address yet. Add it on the “Supporters and referees” tab before you apply.
          </p>
        )}
      </div>
    </div>
  );
}
