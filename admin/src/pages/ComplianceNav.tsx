import { Divider } from '@strapi/design-system';
import { SubNav } from '@strapi/strapi/admin';
import { useT } from '../hooks/useT';

export interface NavSection {
  path: string;
  label: string;
  group: 'work' | 'oversight' | 'me';
}

/** The Compliance page's side navigation; it lists only the sections the user may open. */
export const ComplianceNav = ({ sections }: { sections: NavSection[] }) => {
  const t = useT();
  const title = t('plugin.name', 'Compliance');
  const groups = [
    { id: 'work', label: t('nav.group.work', 'Content') },
    { id: 'oversight', label: t('nav.group.oversight', 'Oversight') },
    { id: 'me', label: t('nav.group.me', 'You') },
  ]
    .map((group) => ({ ...group, links: sections.filter((section) => section.group === group.id) }))
    .filter((group) => group.links.length > 0);
  return (
    <SubNav.Main aria-label={title}>
      <SubNav.Header label={title} />
      <Divider />
      <SubNav.Content>
        <SubNav.Sections>
          {groups.map((group) => (
            <SubNav.Section key={group.id} label={group.label}>
              {group.links.map((section) => (
                <SubNav.Link key={section.path} to={`/plugins/compliance/${section.path}`} label={section.label}>
                  {section.label}
                </SubNav.Link>
              ))}
            </SubNav.Section>
          ))}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
