import { RadioChoice, type RadioOption } from '../../components/RadioChoice';
import { saveDisplaySettings, useDisplaySettings, type TextSize, type Theme } from '../../components/display-settings';

const THEMES: RadioOption<Theme>[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Same as my computer' },
];

// Each size is shown at its own size, so the choice can be judged before it is made.
const TEXT_SIZES: RadioOption<TextSize>[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large', className: 'text-large' },
  { value: 'larger', label: 'Larger', className: 'text-larger' },
];

/** Theme and text size: applied at once, kept on this computer. */
export function AppearanceSection() {
  const { theme, textSize } = useDisplaySettings();
  return (
    <section className="card form" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <RadioChoice<Theme> label="Theme" options={THEMES} value={theme} onChange={(value) => saveDisplaySettings({ theme: value })} orientation="horizontal" />
      <RadioChoice<TextSize> label="Text size" options={TEXT_SIZES} value={textSize} onChange={(value) => saveDisplaySettings({ textSize: value })} orientation="horizontal" />
    </section>
  );
}
