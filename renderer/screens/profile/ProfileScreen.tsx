import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useMemo } from 'react';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/queries';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { RecordListSection } from './RecordListSection';
import { ProfileForm } from './ProfileForm';
import { employmentConfig, goalConfig, qualificationConfig, supporterConfig } from './career-sections';

/** Who you are, where you have worked, and where you are heading: what application forms ask for. */
export function ProfileScreen() {
  const api = useApi();
  const profile = useApiQuery('getProfile', []);
  const configs = useMemo(() => ({ employment: employmentConfig(api), qualifications: qualificationConfig(api), supporters: supporterConfig(api), goals: goalConfig(api) }), [api]);
  return (
    <div className="screen">
      <PageHeader title="Profile" description="Your details, bodies and targets, and the career history application forms ask for." />
      <Tabs className="tabs">
        <TabList aria-label="Profile sections">
          <Tab id="about" className="tab">
            About you
          </Tab>
          <Tab id="employment" className="tab">
            Employment
          </Tab>
          <Tab id="qualifications" className="tab">
            Qualifications
          </Tab>
          <Tab id="supporters" className="tab">
            Supporters and referees
          </Tab>
          <Tab id="plan" className="tab">
            Development plan
          </Tab>
        </TabList>
        <TabPanel id="about">
          <DataState query={profile} what="your profile">
            {profile.data && <ProfileForm profile={profile.data} />}
          </DataState>
        </TabPanel>
        <TabPanel id="employment">
          <RecordListSection config={configs.employment} />
        </TabPanel>
        <TabPanel id="qualifications">
          <RecordListSection config={configs.qualifications} />
        </TabPanel>
        <TabPanel id="supporters">
          <RecordListSection config={configs.supporters} />
        </TabPanel>
        <TabPanel id="plan">
          <RecordListSection config={configs.goals} />
        </TabPanel>
      </Tabs>
    </div>
  );
}
