import { useId, type ReactNode } from 'react';

/** A titled part of an exercise (a table, a chart, a form), found by its heading. */
export function ExercisePanel({ title, intro, children, className = '' }: { title: string; intro?: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section className={`exercise-panel ${className}`} aria-labelledby={id}>
      <h2 id={id} className="exercise-panel__title">
        {title}
      </h2>
      {intro && <p className="exercise-panel__intro">{intro}</p>}
      {children}
    </section>
  );
}
