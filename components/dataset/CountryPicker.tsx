'use client';

import { useId, useState } from 'react';

interface Props {
  countries: string[];
  selected: string[];
  onChange: (selected: string[]) => void;
}

const QUICK = ['United States', 'China'];

/** A searchable multi-select (ARIA combobox + listbox), with United States and China as quick picks. */
export function CountryPicker({ countries, selected, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = countries.filter((c) => c.toLowerCase().includes(text.trim().toLowerCase()));
  const toggle = (c: string) => onChange(selected.includes(c) ? selected.filter((s) => s !== c) : [...selected, c]);

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      toggle(options[active]);
      setText('');
    } else if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Backspace' && text === '' && selected.length > 0) {
      onChange(selected.slice(0, -1));
    }
  }

  return (
    <fieldset>
      <legend>Countries and regions</legend>
      <div className="combo">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Search countries
        </label>
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-expanded={open && options.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
          placeholder="Search countries…"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {open && options.length > 0 && (
          <ul id={`${id}-list`} role="listbox" aria-multiselectable="true" aria-label="Countries">
            {options.map((c, i) => (
              <li
                key={c}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={selected.includes(c)}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  toggle(c);
                  setText('');
                  setOpen(false);
                }}
              >
                {selected.includes(c) ? '✓ ' : ''}
                {c}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="quick-picks">
        {QUICK.filter((q) => countries.includes(q)).map((q) => (
          <button key={q} type="button" aria-pressed={selected.includes(q)} onClick={() => toggle(q)}>
            {q}
          </button>
        ))}
      </div>
      {selected.length > 0 && (
        <ul className="chips" aria-label="Selected countries">
          {selected.map((c) => (
            <li key={c} className="chip">
              {c}
              <button type="button" aria-label={`Remove ${c}`} onClick={() => toggle(c)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
