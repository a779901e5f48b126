import { useRef, useState, type FormEvent } from 'react';
import { Button, Form, Input, Label, Link, Radio, RadioGroup, TextField } from 'react-aria-components';
import { registers } from '../../../core/help/registers';
import type { CpdYear, Profile } from '../../../core/model/profile';
import { useApi } from '../../api/api-context';
import { useProfile } from '../../api/use-frameworks';
import { DataState } from '../../components/DataState';
import { notify } from '../../components/notices';
import { PageHeader } from '../../components/PageHeader';
import { RadioChoice, type RadioOption } from '../../components/RadioChoice';
import { cpdYearOptions } from '../../format/cpd-labels';
import { useSamplePortfolio } from '../../components/SamplePortfolio';
import { RegisterChooser } from './RegisterChooser';
import '../../styles/help.css';

type Answers = { name: string; jobTitle: string; frameworkId: string; bodyId: string; amount: string; unit: 'hours' | 'points'; cpdYear: CpdYear | '' };

const UNITS: RadioOption<Answers['unit']>[] = [
  { value: 'hours', label: 'Hours' },
  { value: 'points', label: 'Points' },
];

function startingAnswers(profile: Profile): Answers {
  const target = profile.cpdTargets[0];
  return {
    name: profile.name ?? '',
    jobTitle: profile.jobTitle ?? '',
    frameworkId: profile.targetRegistrations[0]?.frameworkId ?? '',
    bodyId: target?.bodyId ?? profile.professionalBodies[0]?.bodyId ?? '',
    amount: target ? String(target.amount) : '',
    unit: target?.unit ?? 'hours',
    cpdYear: profile.cpdYear ?? '',
  };
}

/** The user's answers laid over the profile they already have: nothing else in it changes. */
function mergedProfile(profile: Profile, a: Answers): Profile {
  const amount = Number(a.amount);
  const hasTarget = a.bodyId.trim() !== '' && a.amount.trim() !== '' && Number.isFinite(amount) && amount > 0;
  const otherTargets = profile.targetRegistrations.filter((t) => t.frameworkId !== a.frameworkId);
  const existing = profile.targetRegistrations.find((t) => t.frameworkId === a.frameworkId);
  return {
    ...profile,
    name: a.name.trim(),
    jobTitle: a.jobTitle.trim(),
    targetRegistrations: a.frameworkId ? [existing ?? { frameworkId: a.frameworkId, viaBodyId: '' }, ...otherTargets] : profile.targetRegistrations,
    cpdTargets: hasTarget ? [{ bodyId: a.bodyId.trim().toLowerCase(), amount, unit: a.unit }, ...profile.cpdTargets.slice(1)] : profile.cpdTargets,
    cpdYear: a.cpdYear || profile.cpdYear,
  };
}

function GuideForm({ profile }: { profile: Profile }) {
  const api = useApi();
  const [answers, setAnswers] = useState(() => startingAnswers(profile));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const nextHeading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setAnswers((a) => ({ ...a, [key]: value }));
  const amountProblem = answers.amount.trim() !== '' && !(Number(answers.amount) > 0 && Number(answers.amount) <= 10_000) ? 'Give a number between 1 and 10,000, or leave it empty.' : undefined;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (amountProblem) return;
    setSaving(true);
    setError(null);
    try {
      await api.saveProfile(mergedProfile(profile, answers));
      setSaved(true);
      notify('Saved. Your profile now has your name, role and target.');
      // The next step is what the user came for: take focus there so the keyboard continues from it.
      requestAnimationFrame(() => nextHeading.current?.focus());
    } catch (err) {
      setError(`Your answers were not saved: ${err instanceof Error ? err.message : String(err)}. They are still here; change them or try again.`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <Form className="welcome-form" onSubmit={save}>
        <section className="card" aria-labelledby="welcome-you">
          <h2 id="welcome-you">1. About you</h2>
          <TextField className="field" value={answers.name} onChange={(v) => set('name', v)} maxLength={200}>
            <Label>Your name</Label>
            <Input className="input" autoComplete="name" />
          </TextField>
          <TextField className="field" value={answers.jobTitle} onChange={(v) => set('jobTitle', v)} maxLength={200}>
            <Label>Your role (job title)</Label>
            <Input className="input" autoComplete="organization-title" />
          </TextField>
        </section>
        <section className="card" aria-labelledby="welcome-register">
          <h2 id="welcome-register">2. The register you are working towards</h2>
          <p>
            Your choice puts this register first on the Frameworks and Application pack screens. You can change it later on your profile. Read more on the <Link href="/help">Registers page</Link>.
          </p>
          <RegisterChooser onChoose={(id) => set('frameworkId', id)} />
          <RadioGroup className="field" value={answers.frameworkId || null} onChange={(v) => set('frameworkId', v)}>
            <Label className="field-label">Register</Label>
            <div className="register-options">
              {registers.map((r) => (
                <Radio key={r.frameworkId} value={r.frameworkId} className="radio register-option">
                  <span>
                    <strong>{r.shortName}</strong> ({r.name}): {r.purpose.text}
                  </span>
                </Radio>
              ))}
              <Radio value="" className="radio register-option">
                Not decided yet
              </Radio>
            </div>
          </RadioGroup>
        </section>
        <section className="card" aria-labelledby="welcome-cpd">
          <h2 id="welcome-cpd">3. Your CPD target</h2>
          <p className="muted">Optional. The Science Council and Engineering Council set no minimum hours; some bodies do (RSB asks for 50 points a year). Leave it empty if yours does not.</p>
          <TextField className="field" value={answers.bodyId} onChange={(v) => set('bodyId', v)} maxLength={60}>
            <Label>Professional body (short name, such as IST or RSB)</Label>
            <Input className="input" />
          </TextField>
          <TextField className="field" value={answers.amount} onChange={(v) => set('amount', v)} isInvalid={Boolean(amountProblem)} inputMode="decimal">
            <Label>Amount a year</Label>
            <Input className="input" aria-describedby={amountProblem ? 'welcome-amount-problem' : undefined} />
          </TextField>
          {amountProblem && (
            <p id="welcome-amount-problem" className="field-error">
              {amountProblem}
            </p>
          )}
          <RadioChoice<Answers['unit']> label="Counted in" options={UNITS} value={answers.unit} onChange={(v) => set('unit', v)} orientation="horizontal" />
          <RadioChoice<CpdYear> label="Your CPD year runs over" options={cpdYearOptions.map((o) => ({ value: o.id, label: o.label }))} value={answers.cpdYear || null} onChange={(v) => set('cpdYear', v)} />
        </section>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <Button type="submit" className="button primary" isDisabled={saving}>
            {saving ? 'Saving…' : 'Save and continue'}
          </Button>
        </div>
      </Form>
      <section className="card" aria-labelledby="welcome-next">
        <h2 id="welcome-next" ref={nextHeading} tabIndex={-1}>
          {saved ? '4. Saved. What next?' : '4. What next?'}
        </h2>
        <ul className="next-steps">
          <li>
            <Link href="/settings#import-heading" className="button">
              Import my spreadsheet
            </Link>{' '}
            Bring in a CPD log you keep in Excel or CSV; you see every row before anything is saved.
          </li>
          <li>
            <Link href="/cpd/new" className="button primary">
              Log my first CPD
            </Link>{' '}
            A course, a reading, a new technique you learned: what you did and what you took from it.
          </li>
          <li>
            <ExploreSampleButton /> A made-up portfolio to look around in, kept in a folder of its own so it never mixes with yours. A banner on every screen
            says you are in it, with the way back to your own.
          </li>
        </ul>
      </section>
    </>
  );
}

function ExploreSampleButton() {
  const { exploring, busy, explore } = useSamplePortfolio();
  return (
    <Button className="button" onPress={() => void explore()} isDisabled={busy || exploring}>
      {exploring ? 'Exploring the sample portfolio' : busy ? 'Opening the sample…' : 'Explore with a sample portfolio'}
    </Button>
  );
}

/** The first-run guide: who you are, what you are aiming for, and where to start. Skippable, and reachable again from the dashboard and the help page. */
export function WelcomeScreen() {
  const profile = useProfile();
  return (
    <div className="screen welcome-screen">
      <PageHeader
        title="Welcome to Techfolio"
        description="Three short steps set up your portfolio: who you are, the register you are aiming for and your CPD target. Everything stays on this computer."
        actions={
          <Link href="/" className="button quiet">
            Skip the guide
          </Link>
        }
      />
      <DataState query={profile} what="your profile">
        {profile.data && <GuideForm profile={profile.data} />}
      </DataState>
    </div>
  );
}
