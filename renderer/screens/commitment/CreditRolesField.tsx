import { useController, type Control } from 'react-hook-form';
import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { CREDIT_ROLES } from '../../../core/commitment/credit-roles';
import type { ActivityFormValues } from './activity-form-values';

/** Which of the 14 CRediT roles the technician played on a research output. */
export function CreditRolesField({ control }: { control: Control<ActivityFormValues> }) {
  const { field } = useController({ control, name: 'creditRoles' });
  return (
    <CheckboxGroup className="field" value={(field.value as string[] | undefined) ?? []} onChange={field.onChange}>
      <Label className="field-label">My role (CRediT)</Label>
      <Text slot="description" className="field-description">
        The Contributor Roles Taxonomy journals use to credit who did what. Tick every role you played.
      </Text>
      <div className="credit-roles">
        {CREDIT_ROLES.map((role) => (
          <Checkbox key={role.id} value={role.id} className="checkbox">
            {({ isSelected }) => (
              <>
                <span className="checkbox-box" aria-hidden="true">
                  {isSelected ? '✓' : ''}
                </span>
                <span>
                  {role.label} <span className="muted small">{role.description}</span>
                </span>
              </>
            )}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
