import { useTranslation } from 'react-i18next';
import type { Block } from '../../../engine/types';
import classes from './programme.module.css';
import { toSegments } from './segments';

/** The session drawn to scale: warm-up, run and walk bouts, cool-down. */
export function SessionBar({ blocks }: { blocks: readonly Block[] }) {
  const { t } = useTranslation();
  const segments = toSegments(blocks);
  const total = segments.reduce((sum, segment) => sum + segment.seconds, 0);
  if (total === 0) return null;
  return (
    <div className={classes.bar} role="img" aria-label={t('programme.barLabel')}>
      {segments.map((segment, index) => (
        // A native title, not a tooltip component: a 26-week plan draws thousands of segments.
        <div
          key={index}
          className={classes.segment}
          data-type={segment.type}
          title={`${t(`programme.blocks.${segment.type}`)} · ${formatSeconds(segment.seconds)}`}
          style={{ flexGrow: segment.seconds, flexBasis: 0 }}
        />
      ))}
    </div>
  );
}

function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes}:${String(rest).padStart(2, '0')} min`;
}
