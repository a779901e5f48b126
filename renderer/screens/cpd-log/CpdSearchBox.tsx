import { memo, startTransition, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';

/**
 * The log's search box. It keeps what is typed itself, so a keystroke renders only the box; the
 * screen and its list follow in a transition React may interrupt when the next key comes. The
 * screen remounts it (a new key) when it clears the search.
 */
export const CpdSearchBox = memo(function CpdSearchBox({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(initial);
  const change = (next: string) => {
    setText(next);
    startTransition(() => onSearch(next));
  };
  return (
    <SearchField className="field filters-search" value={text} onChange={change}>
      <Label className="field-label">Search</Label>
      <Input className="input" placeholder="Words from titles, reflections, tags…" />
    </SearchField>
  );
});
