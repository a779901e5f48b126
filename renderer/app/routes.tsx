import { lazy, type ComponentType } from 'react';

/**
 * Every screen of the app. The shell builds its navigation (entries with nav: true, in this order)
 * and its router from this one table. Screens read route parameters with wouter's useParams().
 * Heavy screens load lazily so the first screen's JavaScript stays small.
 */
export type AppRoute = {
  /** wouter pattern, e.g. '/frameworks/:id' */
  path: string;
  /** Name in the navigation and the document title. */
  label: string;
  /** Shown in the primary navigation. */
  nav: boolean;
  /** A short symbol shown before the label in the navigation (decorative). */
  icon?: string;
  component: ComponentType;
};

const DashboardScreen = lazy(() => import('../screens/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })));
const CpdLogScreen = lazy(() => import('../screens/cpd-log/CpdLogScreen').then((m) => ({ default: m.CpdLogScreen })));
const RecordEditorScreen = lazy(() => import('../screens/record-editor/RecordEditorScreen').then((m) => ({ default: m.RecordEditorScreen })));
const TrainingScreen = lazy(() => import('../screens/training/TrainingScreen').then((m) => ({ default: m.TrainingScreen })));
const ProfileScreen = lazy(() => import('../screens/profile/ProfileScreen').then((m) => ({ default: m.ProfileScreen })));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

// UI-B's screens: replace each placeholder with its lazy screen.
const EvidenceScreen = lazy(() => import('../screens/evidence/EvidenceScreen').then((m) => ({ default: m.EvidenceScreen })));
const FrameworksScreen = lazy(() => import('../screens/frameworks/FrameworksScreen').then((m) => ({ default: m.FrameworksScreen })));
// One screen for the list and a chosen framework: /frameworks/:id shows that framework's coverage.
const FrameworkScreen = FrameworksScreen;
const CriterionScreen = lazy(() => import('../screens/criterion/CriterionScreen').then((m) => ({ default: m.CriterionScreen })));
const PackScreen = lazy(() => import('../screens/pack/PackScreen').then((m) => ({ default: m.PackScreen })));
// Technician Commitment records and career pathways.
const RecognitionScreen = lazy(() => import('../screens/commitment/RecognitionScreen').then((m) => ({ default: m.RecognitionScreen })));
const WelcomeScreen = lazy(() => import('../screens/welcome/WelcomeScreen').then((m) => ({ default: m.WelcomeScreen })));
const HelpScreen = lazy(() => import('../screens/help/HelpScreen').then((m) => ({ default: m.HelpScreen })));
const PathwayScreen = lazy(() => import('../screens/pathway/PathwayScreen').then((m) => ({ default: m.PathwayScreen })));

export const routes: AppRoute[] = [
  { path: '/', label: 'Dashboard', nav: true, icon: '◎', component: DashboardScreen },
  { path: '/cpd', label: 'CPD log', nav: true, icon: '✎', component: CpdLogScreen },
  { path: '/cpd/new', label: 'Log CPD', nav: false, component: RecordEditorScreen },
  { path: '/cpd/:id', label: 'CPD record', nav: false, component: RecordEditorScreen },
  { path: '/evidence', label: 'Evidence', nav: true, icon: '▤', component: EvidenceScreen },
  { path: '/frameworks', label: 'Frameworks', nav: true, icon: '☰', component: FrameworksScreen },
  { path: '/frameworks/:id', label: 'Framework', nav: false, component: FrameworkScreen },
  { path: '/frameworks/:id/:code', label: 'Criterion', nav: false, component: CriterionScreen },
  { path: '/pack', label: 'Application pack', nav: true, icon: '✉', component: PackScreen },
  { path: '/training', label: 'Training', nav: true, icon: '✓', component: TrainingScreen },
  { path: '/recognition', label: 'Recognition & impact', nav: true, icon: '★', component: RecognitionScreen },
  { path: '/pathway', label: 'Career pathway', nav: true, icon: '↗', component: PathwayScreen },
  { path: '/profile', label: 'Profile', nav: true, icon: '☺', component: ProfileScreen },
  { path: '/settings', label: 'Settings', nav: true, icon: '⚙', component: SettingsScreen },
  // The desktop menu's "Restore from a backup…" lands here: the same screen, focus on its restore section.
  { path: '/settings/restore', label: 'Settings', nav: false, component: SettingsScreen },
  { path: '/help', label: 'Registers and help', nav: true, icon: '?', component: HelpScreen },
  { path: '/welcome', label: 'Welcome', nav: false, component: WelcomeScreen },
];
