import { useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { ContactsSection } from './contacts-section';
import { DataSection } from './data-section';
import { ProfileSection } from './profile-section';
import { RecruitersSection } from './recruiters-section';
import { SitesSection } from './sites-section';
import { SyncSection } from './sync-section';
import { TemplatesSection } from './templates-section';

const SECTIONS = [
  ['profile', 'options_profile_heading'],
  ['contacts', 'options_contacts_heading'],
  ['templates', 'options_templates_heading'],
  ['recruiters', 'options_recruiters_heading'],
  ['sites', 'options_sites_heading'],
  ['sync', 'options_sync_heading'],
  ['data', 'options_data_heading'],
] as const;

export function Options() {
  // An import or a wipe changes what every section shows: a new generation loads them afresh.
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((n) => n + 1);

  return (
    <>
      <a class="skip" href="#profile">
        {t('options_skip_to_content')}
      </a>
      <header class="options-header">
        <h1>Recruiter Ally</h1>
        <p class="lead">{t('options_lead')}</p>
        <nav aria-label={t('options_nav_label')}>
          <ul>
            {SECTIONS.map(([id, heading]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(heading)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="options">
        <div key={generation} class="sections">
          <ProfileSection />
          <ContactsSection />
          <TemplatesSection />
          <RecruitersSection />
          <SitesSection />
          <SyncSection />
        </div>
        <DataSection onChanged={reload} />
      </main>
    </>
  );
}
