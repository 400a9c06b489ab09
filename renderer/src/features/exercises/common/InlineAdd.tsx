import { useState } from 'react';

interface InlineAddProps {
  label: string;
  placeholder: string;
  buttonLabel: string;
  /** Resolves true when the item was added; the box empties then, and keeps the text otherwise. */
  onAdd: (text: string) => Promise<boolean>;
}

/** A one-line "type a name, press Enter" adder for tables and lanes. */
export function InlineAdd({ label, placeholder, buttonLabel, onAdd }: InlineAddProps) {
  const [text, setText] = useState('');
  return (
    <form
      className="inline-add"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd(text).then((added) => added && setText(''));
      }}
    >
      <input aria-label={label} placeholder={placeholder} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="button button--small">
        {buttonLabel}
      </button>
    </form>
  );
}
