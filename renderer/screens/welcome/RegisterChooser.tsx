import { useState } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading, Label, Radio, RadioGroup } from 'react-aria-components';
import { ChooserAnswers, suggestRegisters } from '../../../core/help/choose-register';

type Partial = { [K in keyof ChooserAnswers]?: ChooserAnswers[K] };

const questions: { key: keyof ChooserAnswers; label: string; options: [string, string][] }[] = [
  {
    key: 'qualification',
    label: 'Your highest qualification',
    options: [
      ['none', 'Below level 3, or none'],
      ['level3', 'Level 3 (A-level, T-level, BTEC, NVQ 3, apprenticeship)'],
      ['level5', 'Level 5 or 6 (HND, foundation degree, degree)'],
      ['level7', 'Level 7 (master\u2019s) or above'],
    ],
  },
  {
    key: 'work',
    label: 'Your work is mostly',
    options: [
      ['science', 'Scientific: laboratories, samples, analysis'],
      ['engineering', 'Engineering: building, commissioning, maintaining equipment'],
      ['teaching', 'Teaching or supporting students\u2019 learning'],
    ],
  },
  {
    key: 'responsibility',
    label: 'In your role you',
    options: [
      ['directed', 'Work largely under direction'],
      ['supervises', 'Work with little direction and supervise some work'],
      ['leads', 'Lead work and take responsibility for others'],
    ],
  },
];

/** "Help me choose": three questions, then suggestions that each say why; choosing one fills in the register. */
export function RegisterChooser({ onChoose }: { onChoose: (frameworkId: string) => void }) {
  const [answers, setAnswers] = useState<Partial>({});
  const complete = ChooserAnswers.safeParse(answers);
  const suggestions = complete.success ? suggestRegisters(complete.data) : [];

  return (
    <Disclosure className="chooser">
      <Heading level={3}>
        <Button slot="trigger" className="button">
          Help me choose
        </Button>
      </Heading>
      <DisclosurePanel className="chooser-panel">
        {questions.map((q) => (
          <RadioGroup key={q.key} className="field" value={answers[q.key] ?? null} onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}>
            <Label className="field-label">{q.label}</Label>
            <div className="register-options">
              {q.options.map(([value, label]) => (
                <Radio key={value} value={value} className="radio">
                  {label}
                </Radio>
              ))}
            </div>
          </RadioGroup>
        ))}
        <div aria-live="polite">
          {complete.success ? (
            <ul className="suggestions-list">
              {suggestions.map((s) => (
                <li key={s.frameworkId}>
                  <strong>{s.shortName}</strong>: {s.why}{' '}
                  <a href={s.source} target="_blank" rel="noopener noreferrer" className="source-link">
                    (source<span className="visually-hidden">, opens in your browser</span>)
                  </a>{' '}
                  <Button className="button small" onPress={() => onChoose(s.frameworkId)}>
                    Choose {s.shortName}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Answer the three questions to see a suggestion. It is a starting point; the licensed body decides.</p>
          )}
        </div>
      </DisclosurePanel>
    </Disclosure>
  );
}
