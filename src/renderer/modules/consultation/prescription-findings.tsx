import { Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PrescriptionFinding } from '../../../shared/schemas/prescriptions';

/** One finding in words, with the evidence the prescriber needs to judge it. */
export function findingText(t: TFunction, finding: PrescriptionFinding): string {
  switch (finding.kind) {
    case 'allergy':
      return t(`consultation.rx.findings.allergy.${finding.matchedBy}`, { allergen: finding.allergen, reaction: finding.reaction || '—', severity: finding.severity, drugClass: finding.drugClass ?? '—' });
    case 'duplicate':
      return t(`consultation.rx.findings.duplicate.${finding.matchedBy}`, { other: finding.other, drugClass: finding.drugClass ?? '—', origin: t(`consultation.rx.findings.origin.${finding.origin}`) });
    case 'interaction':
      return t('consultation.rx.findings.interaction', { other: finding.other, severity: finding.severity, effect: finding.effect, management: finding.management, source: finding.source });
    case 'dose':
      return t(`consultation.rx.findings.dose.${finding.direction}`, { perKg: Math.round(finding.dailyMgPerKg * 10) / 10, weight: finding.weightKg, min: finding.range.min, max: finding.range.max });
  }
}

export function FindingList({ findings }: { findings: PrescriptionFinding[] }) {
  const { t } = useTranslation();
  return findings.map((finding, index) => (
    <Typography key={index} variant="body2" data-testid={`rx-finding-${finding.kind}`}>
      • {findingText(t, finding)}
    </Typography>
  ));
}
