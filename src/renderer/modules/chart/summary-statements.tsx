import { Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SUMMARY_SECTIONS, type SummarySection, type SummaryStatement } from '../../../shared/schemas/history-summary';

/** Statements under their section headings, in the chart's order; each drawn by `render` with its place in the list. */
export function StatementsBySection({ statements, render }: { statements: readonly SummaryStatement[]; render: (statement: SummaryStatement, index: number) => ReactNode }) {
  const { t } = useTranslation();
  const indexed = statements.map((statement, index) => ({ statement, index }));
  const sections = SUMMARY_SECTIONS.map((section) => ({ section, items: indexed.filter((item) => item.statement.section === section) })).filter((group) => group.items.length > 0);
  return (
    <Stack spacing={1.5}>
      {sections.map(({ section, items }) => (
        <Stack key={section} spacing={0.75} data-testid={`summary-section-${section}`}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
            {t(`chart.summary.sections.${section satisfies SummarySection}`)}
          </Typography>
          {items.map(({ statement, index }) => render(statement, index))}
        </Stack>
      ))}
    </Stack>
  );
}
