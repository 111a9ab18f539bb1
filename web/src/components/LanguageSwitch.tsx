import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, setLanguage, type Language } from '../i18n/index.ts';

// Each language is named in itself, so a reader of either can find their own.
const options: { label: string; value: Language }[] = [
  { label: '中文', value: 'zh-CN' },
  { label: 'English', value: 'en' },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      options={options}
      value={currentLanguage()}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
      style={{ flex: 'none' }}
    />
  );
}
