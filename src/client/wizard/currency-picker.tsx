/**
 * The role's currency, picked once for all its money KPIs: a drop-down of common codes, or any
 * other code typed in.
 */
import { useState } from 'preact/hooks';
import { COMMON_CURRENCIES, currencyCode } from '../currency';
import { SelectField, TextField } from '../ui';

const OTHER = 'other';

interface CurrencyPickerProps {
  currency: string;
  /** Names of the KPIs measured in the currency, to say what the choice changes. */
  moneyKpis: readonly string[];
  onCurrency: (currency: string) => void;
}

export function CurrencyPicker({ currency, moneyKpis, onCurrency }: CurrencyPickerProps) {
  const common = (COMMON_CURRENCIES as readonly string[]).includes(currency);
  const [typing, setTyping] = useState(!common);
  const [typed, setTyped] = useState(common ? '' : currency);
  const typedCode = currencyCode(typed);
  const count = moneyKpis.length;
  return (
    <div class="currency-picker">
      <SelectField
        label="Currency of money KPIs"
        value={typing ? OTHER : currency}
        options={[
          ...COMMON_CURRENCIES,
          { value: OTHER, label: common ? 'Another code…' : `${currency} (another code)` },
        ]}
        hint={`${count === 1 ? 'This KPI is' : `These ${count} KPIs are`} measured in it: ${moneyKpis.join(', ')}.`}
        onValue={(value) => {
          if (value === OTHER) {
            setTyping(true);
            return;
          }
          setTyping(false);
          onCurrency(value);
        }}
      />
      {typing ? (
        <TextField
          label="Currency code"
          maxLength={3}
          value={typed}
          hint={
            typed.trim() === '' || typedCode
              ? 'Three letters, as on an invoice: KES, THB, TRY…'
              : `"${typed.trim()}" is not a currency code — type three letters such as KES.`
          }
          onValue={(value) => {
            setTyped(value);
            const code = currencyCode(value);
            if (code) onCurrency(code);
          }}
        />
      ) : null}
    </div>
  );
}
