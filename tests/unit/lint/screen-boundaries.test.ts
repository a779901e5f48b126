import { describe, expect, it } from 'vitest';
import { ruleMessages } from './lint-text';

const placeErrors = (code: string, filePath: string) => ruleMessages(code, filePath, ['techfolio/renderer-places']);

describe('screens reach each other only through declared places (npm run lint)', () => {
  it.each([
    ['a sibling screen from a screen', 'renderer/screens/dashboard/x.tsx', "import { todayIso } from '../record-editor/cpd-form-values';\nexport const a = todayIso;\n"],
    ['a screen spelled through renderer/', 'renderer/screens/cpd-log/x.tsx', "import { PackScreen } from '../../screens/pack/PackScreen';\nexport const a = PackScreen;\n"],
    ['a screen from a nested folder', 'renderer/screens/pack/parts/x.tsx', "import { EvidenceScreen } from '../../evidence/EvidenceScreen';\nexport const a = EvidenceScreen;\n"],
    ['a screen, lazily', 'renderer/screens/dashboard/x.tsx', "export const a = () => import('../training/TrainingScreen');\n"],
    ['a screen, re-exported', 'renderer/screens/dashboard/x.tsx', "export { TrainingForm } from '../training/TrainingForm';\n"],
    ['the app shell', 'renderer/screens/settings/x.tsx', "import { routes } from '../../app/routes';\nexport const a = routes;\n"],
    ['a screen, from a shared component', 'renderer/components/x.tsx', "import { CriterionScreen } from '../screens/criterion/CriterionScreen';\nexport const a = CriterionScreen;\n"],
    ['the app shell, from the API layer', 'renderer/api/x.ts', "import { routes } from '../app/routes';\nexport const a = routes;\n"],
  ])('fails importing %s', async (_what, file, code) => {
    expect(await placeErrors(code, file)).toHaveLength(1);
  });

  it.each([
    ['its own folder', 'renderer/screens/dashboard/x.tsx', "import { HoursChart } from './HoursChart';\nexport const a = HoursChart;\n"],
    ['its own folder from a nested one', 'renderer/screens/pack/parts/x.tsx', "import { PackScreen } from '../PackScreen';\nexport const a = PackScreen;\n"],
    ['a shared component', 'renderer/screens/dashboard/x.tsx', "import { PageHeader } from '../../components/PageHeader';\nexport const a = PageHeader;\n"],
    ['the API layer', 'renderer/screens/dashboard/x.tsx', "import { useApi } from '../../api/api-context';\nexport const a = useApi;\n"],
    ['a formatter', 'renderer/screens/dashboard/x.tsx', "import { todayIso } from '../../format/today';\nexport const a = todayIso;\n"],
    ['a style sheet', 'renderer/screens/dashboard/x.tsx', "import '../../styles/screens.css';\n"],
    ['core', 'renderer/screens/dashboard/x.tsx', "import { CpdRecord } from '../../../core/model/cpd-record';\nexport const a = CpdRecord;\n"],
    ['every screen, from the routes', 'renderer/app/x.tsx', "export const a = () => import('../screens/pack/PackScreen');\n"],
  ])('allows importing %s', async (_what, file, code) => {
    expect(await placeErrors(code, file)).toEqual([]);
  });
});
