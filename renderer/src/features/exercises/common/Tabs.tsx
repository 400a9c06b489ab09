import { useId } from 'react';

interface TabsProps<K extends string> {
  label: string;
  tabs: readonly { key: K; label: string }[];
  value: K;
  onChange: (key: K) => void;
}

/** A segmented switch between two or three views of an exercise (a pressed-button group: simple for keyboards and screen readers). */
export function Tabs<K extends string>({ label, tabs, value, onChange }: TabsProps<K>) {
  const id = useId();
  return (
    <div className="exercise-tabs" role="group" aria-labelledby={id}>
      <span id={id} className="visually-hidden">
        {label}
      </span>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          className="exercise-tabs__tab"
          aria-pressed={tab.key === value}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
