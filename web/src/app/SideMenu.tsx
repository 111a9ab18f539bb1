import { Menu, type MenuProps } from 'antd';
import { createElement, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { entryFor, menuFor } from './menu.ts';
import { useSession } from './session.tsx';

/** The role-filtered menu (app/menu.ts), used in the side bar and in the phone drawer. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const groups = menuFor(roles);
  const selected = entryFor(pathname)?.path;

  const items: MenuProps['items'] = groups.map((group) => ({
    type: 'group',
    key: group.key,
    label: t(group.label),
    children: group.entries.map((entry) => ({
      key: entry.path,
      icon: createElement(entry.icon),
      // A real link: middle-click and "open in new tab" work; a plain click stays in the app.
      label: (
        <a
          href={entry.path}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
          }}
        >
          {t(entry.label)}
        </a>
      ),
    })),
  }));

  return (
    <nav aria-label={t('menu.label')} data-testid="side-menu">
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        onClick={({ key, domEvent }) => {
          const e = domEvent as MouseEvent;
          if (e.metaKey || e.ctrlKey || e.shiftKey) return;
          void navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
