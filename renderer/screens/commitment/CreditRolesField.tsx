import { useController, type Control } from 'react-hook-form';
import { CheckboxGroup, Label, Text } from 'react-aria-components';
import { CREDIT_ROLES } from '../../../core/commitment/credit-roles';
import type { ActivityFormValues } from './activity-form-values';
import { TickBox } from '../../components/TickBox';

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
          <TickBox key={role.id} value={role.id}>
            {role.label} <span className="muted small">{role.description}</span>
          </TickBox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
