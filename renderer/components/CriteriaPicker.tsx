import { useMemo, useState } from 'react';
import { CheckboxGroup, Label, Select, Text } from 'react-aria-components';
import { areaLabel, loadedCriterionWording } from '../../core/frameworks/criterion-wording';
import type { CriterionMapping } from '../../core/model/mapping';
import { useFramework, useFrameworkList, useProfile } from '../api/use-frameworks';
import { targetsFirst } from '../format/framework-order';
import { SelectMenu } from './SelectMenu';
import { TickBox } from './TickBox';

type Mapping = Pick<CriterionMapping, 'frameworkId' | 'code'> & { note?: string };

/**
 * Ticks which criteria of one framework an item shows. Mappings to other frameworks (and codes a
 * framework no longer has) are kept untouched: only the chosen framework's current codes change.
 */
export function CriteriaPicker({ value, onChange }: { value: Mapping[]; onChange: (next: Mapping[]) => void }) {
  const frameworks = useFrameworkList();
  const profile = useProfile();
  const ordered = useMemo(() => targetsFirst(frameworks.data ?? [], profile.data), [frameworks.data, profile.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const frameworkId = chosen ?? ordered[0]?.id ?? null;
  const framework = useFramework(frameworkId ?? undefined);

  if (frameworks.status === 'pending') return <p>Loading frameworks…</p>;
  if (frameworks.status === 'error') return <p role="alert">Could not load frameworks: {frameworks.error.message}</p>;
  if (!frameworkId) return <p>No frameworks are available.</p>;

  const codes = new Set(framework.data?.framework.areas.flatMap((a) => a.criteria.map((c) => c.code)) ?? []);
  const selected = value.filter((m) => m.frameworkId === frameworkId && codes.has(m.code)).map((m) => m.code);
  const elsewhere = value.filter((m) => m.frameworkId !== frameworkId).length;
  const loaded = framework.data;

  const setCodes = (areaCodes: string[], picked: string[]) => {
    const keep = value.filter((m) => !(m.frameworkId === frameworkId && areaCodes.includes(m.code)));
    const existing = new Map(value.filter((m) => m.frameworkId === frameworkId).map((m) => [m.code, m]));
    onChange([...keep, ...picked.map((code) => existing.get(code) ?? { frameworkId, code, note: '' })]);
  };

  return (
    <fieldset className="criteria-picker">
      <legend>Criteria this shows</legend>
      <Select className="field" selectedKey={frameworkId} onSelectionChange={(key) => setChosen(String(key))}>
        <Label className="field-label">Framework</Label>
        <SelectMenu options={ordered.map((f) => ({ id: f.id, label: `${f.shortName} (${f.edition})`, textValue: f.shortName }))} />
      </Select>
      {elsewhere > 0 && <p className="hint">Also mapped to {elsewhere} {elsewhere === 1 ? 'criterion' : 'criteria'} of other frameworks.</p>}
      {framework.status === 'pending' && <p>Loading criteria…</p>}
      {framework.status === 'error' && <p role="alert">Could not load the criteria: {framework.error.message}</p>}
      {loaded?.framework.areas.map((area) => {
        const areaCodes = area.criteria.map((c) => c.code);
        return (
          <CheckboxGroup
            key={area.code}
            className="criteria-area"
            value={selected.filter((c) => areaCodes.includes(c))}
            onChange={(picked) => setCodes(areaCodes, picked)}
          >
            <Label className="criteria-area-label">
              {areaLabel(area)}
            </Label>
            {area.criteria.map((c) => {
              const w = loadedCriterionWording(loaded, c.code);
              return (
                <TickBox key={c.code} value={c.code}>
                  <strong>{c.code}</strong> {w.source === 'official' ? w.heading : w.wording ? `${w.wording} (as given in your application form)` : `Our summary: ${w.summary ?? ''}`}
                </TickBox>
              );
            })}
            <Text slot="description" className="visually-hidden">
              Area {area.code}
            </Text>
          </CheckboxGroup>
        );
      })}
    </fieldset>
  );
}
