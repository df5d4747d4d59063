import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckpointCriterion, CriterionAssessment, CriterionStatus } from '../../../engine/types';
import { formatDate } from '../../format';
import { useEngineText } from './engine-text';

const colours: Record<CriterionStatus, string> = { met: 'teal', not_met: 'red', not_yet_tested: 'gray' };

/** A test-based criterion's status as a badge, with "required" beside it where it holds its step. */
export function CriterionBadges({ assessment }: { assessment: CriterionAssessment }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Badge
        size="sm"
        variant="light"
        color={colours[assessment.status]}
        data-testid="criterion-status"
        data-status={assessment.status}
        tt="none"
      >
        {t(`assessments.status.${assessment.status}`)}
      </Badge>
      {assessment.required && (
        <Badge size="sm" variant="outline" color="gray" tt="none">
          {t('assessments.required')}
        </Badge>
      )}
    </Group>
  );
}

/** The latest result in words with its date, or "not yet tested". */
export function CriterionLatest({ assessment }: { assessment: CriterionAssessment }) {
  const { t } = useTranslation();
  const say = useEngineText();
  if (assessment.latest === null || assessment.testedOn === null)
    return (
      <Text size="xs" c="dimmed">
        {t('assessments.notYetTested')}
      </Text>
    );
  return (
    <Text size="xs" data-testid="criterion-latest">
      {t('assessments.latestOn', {
        date: formatDate(assessment.testedOn),
        result: say(assessment.latestI18n, assessment.latest),
      })}
    </Text>
  );
}

/**
 * A checkpoint criterion in a list: its text, and for a test-based one the status, the latest
 * result and (unless compact) what passes and the sources.
 */
export function CriterionLine({ criterion, compact }: { criterion: CheckpointCriterion; compact: boolean }) {
  const { t } = useTranslation();
  const say = useEngineText();
  const assessment = criterion.assessment;
  return (
    <div data-testid="criterion" data-code={criterion.code}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{say(criterion.i18n, criterion.text)}</Text>
        {assessment && <CriterionBadges assessment={assessment} />}
      </Group>
      {assessment && (
        <>
          <CriterionLatest assessment={assessment} />
          {!compact && (
            <Text size="xs" c="dimmed">
              {t('assessments.needs', { threshold: say(assessment.thresholdI18n, assessment.threshold) })}
              {assessment.sources.length > 0 &&
                ` · ${t('assessments.sources', { sources: assessment.sources.join(', ') })}`}
            </Text>
          )}
        </>
      )}
    </div>
  );
}
