// 新增 / 修改知识条目: the title the seat's search finds, the answer they read out, the category, keywords, the unit
// that vouches for it, and the days it is valid. Editing sends only what changed, with the version it was read at:
// a stale one says so and reloads the list; the server's refusals go under their fields.
import { App, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { KNOWLEDGE_ANSWER_MAX, KNOWLEDGE_KEYWORDS_MAX, KNOWLEDGE_TITLE_MAX } from '../../../../../common/api/appeals-knowledge.ts';
import { createKnowledge, updateKnowledge, type Category, type KnowledgeEntry } from '../../../api/appeals-catalog.ts';
import type { Department } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { changedOrGone, FormDialog } from '../../../components/FormDialog.tsx';
import { CategorySelect } from '../staff/CategorySelect.tsx';
import { isEmptyPatch, knowledgeCreateBody, knowledgePatch, validityOf, type KnowledgeValues } from './catalogHelpers.ts';
import { ValidityTag } from './ValidityTag.tsx';

interface Values {
  title?: string;
  answer?: string;
  categoryCode?: string | null;
  keywords?: string[];
  departmentId?: string | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

interface Props {
  /** The entry being edited; none: a new one. */
  entry?: KnowledgeEntry;
  categories: readonly Category[];
  departments: readonly Department[];
  /** Today in Asia/Shanghai (YYYY-MM-DD): a new entry's first valid day. */
  today: string;
  onClose: () => void;
  onDone: () => void;
  /** Someone else changed the entry: the list must be read again. */
  onStale: () => void;
}

const DAY = 'YYYY-MM-DD';
const day = (d: Dayjs | null | undefined) => (d ? d.format(DAY) : null);

export function KnowledgeDrawer({ entry, categories, departments, today, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const initial: Values = entry
    ? { title: entry.title, answer: entry.answer, categoryCode: entry.categoryCode, keywords: entry.keywords, departmentId: entry.departmentId, validFrom: dayjs(entry.validFrom), validTo: entry.validTo ? dayjs(entry.validTo) : null }
    : { keywords: [], validFrom: dayjs(today), validTo: null };

  async function submit(values: Values) {
    const contents: KnowledgeValues = {
      title: values.title ?? '',
      answer: values.answer ?? '',
      categoryCode: values.categoryCode ?? null,
      keywords: values.keywords ?? [],
      departmentId: values.departmentId ?? null,
      validFrom: day(values.validFrom) ?? today,
      validTo: day(values.validTo),
    };
    const patch = entry ? knowledgePatch(entry, contents) : null;
    if (patch && isEmptyPatch(patch)) {
      void message.info(t('appealCatalog.knowledge.noChanges'));
      onClose();
      return;
    }
    if (entry && patch) await updateKnowledge(entry.id, patch);
    else await createKnowledge(knowledgeCreateBody(contents));
    void message.success(t('appealCatalog.knowledge.saved'));
    onDone();
  }

  const trimmedAtLeast = (min: number, text: string) => ({
    validator: async (_: unknown, v: string | undefined) => {
      if ((v ?? '').trim().length < min) throw new Error(text);
    },
  });

  return (
    <FormDialog<Values>
      variant="drawer"
      title={t(entry ? 'appealCatalog.knowledge.editTitle' : 'appealCatalog.knowledge.addTitle')}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleMessage={t('appealCatalog.knowledge.stale')}
      isStale={entry ? changedOrGone : undefined}
      initialValues={initial}
      intro={
        entry && (
          <Flex gap="small" align="center" wrap style={{ marginBottom: 16 }}>
            <ValidityTag validity={validityOf(entry, today)} />
            <Typography.Text type="secondary">{t('appealCatalog.knowledge.usage', { times: entry.usedCount })}</Typography.Text>
          </Flex>
        )
      }
      width="min(640px, 100vw)"
      testId="knowledge-drawer"
      testIds={{ form: 'knowledge-form', submit: 'knowledge-submit', error: 'knowledge-error' }}
    >
      <Form.Item name="title" label={t('appealCatalog.knowledge.fields.title')} rules={[{ required: true, message: t('appealCatalog.knowledge.required.title') }, trimmedAtLeast(2, t('appealCatalog.knowledge.required.title'))]}>
        <Input maxLength={KNOWLEDGE_TITLE_MAX} showCount data-testid="knowledge-title-input" />
      </Form.Item>
      <Form.Item name="answer" label={t('appealCatalog.knowledge.fields.answer')} extra={t('appealCatalog.knowledge.hints.answer')} rules={[{ required: true, message: t('appealCatalog.knowledge.required.answer') }, trimmedAtLeast(10, t('appealCatalog.knowledge.required.answer'))]}>
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={KNOWLEDGE_ANSWER_MAX} showCount data-testid="knowledge-answer-input" />
      </Form.Item>
      <Form.Item name="keywords" label={t('appealCatalog.knowledge.fields.keywords')} extra={t('appealCatalog.knowledge.hints.keywords')}>
        <Select mode="tags" tokenSeparators={[',', '，', '、', ' ', ';', '；']} maxCount={KNOWLEDGE_KEYWORDS_MAX} notFoundContent={null} suffixIcon={null} data-testid="knowledge-keywords" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="categoryCode" label={t('appealCatalog.knowledge.fields.category')} extra={t('appealCatalog.knowledge.hints.category')}>
            <CategorySelect categories={categories} parentsSelectable data-testid="knowledge-category" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="departmentId" label={t('appealCatalog.knowledge.fields.department')} extra={t('appealCatalog.knowledge.hints.department')}>
            <DepartmentSelect departments={departments} data-testid="knowledge-department" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="validFrom" label={t('appealCatalog.knowledge.fields.validFrom')} rules={[{ required: true, message: t('appealCatalog.knowledge.required.validFrom') }]}>
            <DatePicker format={DAY} allowClear={false} style={{ width: '100%' }} data-testid="knowledge-valid-from" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="validTo"
            label={t('appealCatalog.knowledge.fields.validTo')}
            extra={t('appealCatalog.knowledge.hints.validTo')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, to: Dayjs | null | undefined) => {
                  const from = getFieldValue('validFrom') as Dayjs | null | undefined;
                  if (to && from && to.isBefore(from, 'day')) throw new Error(t('appealCatalog.knowledge.validToBeforeFrom'));
                },
              }),
            ]}
          >
            <DatePicker format={DAY} style={{ width: '100%' }} placeholder={t('appealCatalog.knowledge.openEnded')} data-testid="knowledge-valid-to" />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}
