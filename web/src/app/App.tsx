import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { i18n as i18next } from '../i18n/index.ts';
import { useReducedMotion } from './reducedMotion.ts';
import { createRouter } from './router.tsx';
import { theme } from './theme.ts';

// Date pickers and formatted dates follow the interface language.
const syncDayjs = (language: string) => dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
syncDayjs(i18next.language);
i18next.on('languageChanged', syncDayjs);

export function App() {
  const { i18n } = useTranslation();
  const [router] = useState(createRouter);
  const english = i18n.language === 'en';
  const reduced = useReducedMotion();
  const themed = useMemo(() => (reduced ? { ...theme, token: { ...theme.token, motion: false } } : theme), [reduced]);
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={themed}>
      <AntdApp>
        <RouterProvider router={router} />
      </AntdApp>
    </ConfigProvider>
  );
}
