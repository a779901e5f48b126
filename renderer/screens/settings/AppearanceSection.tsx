import { Label, Radio, RadioGroup } from 'react-aria-components';
import { saveDisplaySettings, useDisplaySettings, type TextSize, type Theme } from '../../components/display-settings';

/** Theme and text size: applied at once, kept on this computer. */
export function AppearanceSection() {
  const { theme, textSize } = useDisplaySettings();
  return (
    <section className="card form" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <RadioGroup className="field" value={theme} onChange={(value) => saveDisplaySettings({ theme: value as Theme })} orientation="horizontal">
        <Label className="field-label">Theme</Label>
        <div className="radio-group">
          <Radio value="light" className="radio">
            Light
          </Radio>
          <Radio value="dark" className="radio">
            Dark
          </Radio>
          <Radio value="system" className="radio">
            Same as my computer
          </Radio>
        </div>
      </RadioGroup>
      <RadioGroup className="field" value={textSize} onChange={(value) => saveDisplaySettings({ textSize: value as TextSize })} orientation="horizontal">
        <Label className="field-label">Text size</Label>
        <div className="radio-group">
          <Radio value="standard" className="radio">
            Standard
          </Radio>
          <Radio value="large" className="radio text-large">
            Large
          </Radio>
          <Radio value="larger" className="radio text-larger">
            Larger
          </Radio>
        </div>
      </RadioGroup>
    </section>
  );
}
