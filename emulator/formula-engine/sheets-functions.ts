/**
 * Teaches the engine the Sheets functions it lacks or reads differently, so the formulas the
 * add-on writes evaluate as in Sheets: FILTER, UNIQUE, SORT (sheets-array-functions.ts), IF,
 * IFERROR and IFNA returning the array they pick (sheets-conditional-functions.ts), XLOOKUP and
 * the lookup messages (sheets-lookup-functions.ts), plus AVERAGEIFS, TEXT with Sheets' number
 * formats, and SUMPRODUCT reading its arguments as arrays (`SUMPRODUCT((A2:A="x")*B2:B)`).
 *
 * Decisions:
 * - Where the engine's own plugin is right but for one detail, it is extended (taken from the
 *   engine's registry) rather than rewritten.
 * - The registry is global to the process: everything is registered once.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
} from 'hyperformula';
import { displayText } from '../cell-values';
import { plainValue } from './engine-values';
import { SheetsArrayPlugin } from './sheets-array-functions';
import { SheetsConditionalPlugin } from './sheets-conditional-functions';
import { sheetsLookupPlugin, SheetsXlookupPlugin } from './sheets-lookup-functions';
import { isRichNumber, serialToDate } from './sheets-values';

type PluginClass = (new (...args: never[]) => FunctionPlugin) & {
  implementedFunctions: ImplementedFunctions;
};
type State = Parameters<FunctionPlugin['evaluateAst']>[1];
interface CallAst {
  args: unknown[];
}

/** Sheets' date and time letters in a number format, outside quoted text. */
const DATE_FORMAT = /[ydhs]|(?<![0#.,])m/i;

/** TEXT(value, format) with Sheets' number and date formats, the ones cells display with. */
class SheetsTextPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TEXT: {
      method: 'text',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
  };

  text(ast: CallAst, state: State): unknown {
    return this.runFunction(
      ast.args as never,
      state,
      this.metadata('TEXT'),
      (value: unknown, format: string) => {
        if (value instanceof CellError) return value;
        const zone = (
          this.config.context as { addon: { timeZone: () => string } }
        ).addon.timeZone();
        // Quoted and escaped text and bracketed colours ([Red]) say nothing about dates.
        const unquoted = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
        const dateLike = isRichNumber(value) && /DATE|TIME/.test(value.getDetailedType());
        const plain = plainValue(value);
        if (typeof plain === 'number' && (dateLike || DATE_FORMAT.test(unquoted)))
          return displayText(serialToDate(plain, zone), format, zone);
        if (plain === undefined) return displayText(0, format, zone);
        return displayText(plain, format, zone);
      },
    );
  }
}

/** A running average for AVERAGEIFS, in the shape the engine's conditional aggregation folds. */
class Average {
  static readonly empty = new Average(0, 0);
  constructor(
    readonly sum: number,
    readonly count: number,
  ) {}
  compose(other: Average): Average {
    return new Average(this.sum + other.sum, this.count + other.count);
  }
}

/** AVERAGEIFS, on the engine's SUMIFS machinery (criteria such as ">5", "<>x", wildcards). */
function averageIfsPlugin(): PluginClass {
  const Base = HyperFormula.getFunctionPlugin('SUMIFS') as unknown as PluginClass;
  interface ConditionalAggregation {
    computeConditionalAggregationFunction(
      values: unknown,
      conditions: unknown[],
      name: string,
      initial: Average,
      compose: (left: Average, right: Average) => Average,
      map: (value: unknown) => Average,
    ): Average | CellError;
  }
  const AggregationBase = Base as unknown as new (
    ...args: never[]
  ) => FunctionPlugin & ConditionalAggregation;
  class SheetsAverageIfsPlugin extends AggregationBase {
    static implementedFunctions: ImplementedFunctions = {
      AVERAGEIFS: {
        ...(Base.implementedFunctions.SUMIFS as ImplementedFunctions[string]),
        method: 'averageifs',
      },
    };

    averageifs(ast: CallAst, state: State): unknown {
      return this.runFunction(
        ast.args as never,
        state,
        this.metadata('AVERAGEIFS'),
        (values: unknown, ...conditions: unknown[]) => {
          const result = this.computeConditionalAggregationFunction(
            values,
            conditions,
            'AVERAGEIFS',
            Average.empty,
            (left, right) => left.compose(right),
            (value) => {
              const plain = plainValue(value);
              return typeof plain === 'number' && typeof value !== 'string'
                ? new Average(plain, 1)
                : Average.empty;
            },
          );
          if (result instanceof CellError) return result;
          if (result.count === 0)
            return new CellError(
              ErrorType.DIV_BY_ZERO,
              'Evaluation of function AVERAGEIFS caused a divide by zero error.',
            );
          return result.sum / result.count;
        },
      );
    }
  }
  return SheetsAverageIfsPlugin as unknown as PluginClass;
}

/** SUMPRODUCT whose arguments are arrays, as in Sheets, so comparisons inside it need no ARRAYFORMULA. */
function sumProductPlugin(): PluginClass {
  const Base = HyperFormula.getFunctionPlugin('SUMPRODUCT') as unknown as PluginClass;
  interface SumProduct {
    sumproduct(ast: CallAst, state: State): unknown;
  }
  const SumProductBase = Base as unknown as new (...args: never[]) => FunctionPlugin & SumProduct;
  class SheetsSumProductPlugin extends SumProductBase {
    static implementedFunctions: ImplementedFunctions = {
      SUMPRODUCT: {
        ...(Base.implementedFunctions.SUMPRODUCT as ImplementedFunctions[string]),
        enableArrayArithmeticForArguments: true,
      },
    };
    // The engine registers only methods a plugin's own prototype defines.
    override sumproduct(ast: CallAst, state: State): unknown {
      return super.sumproduct(ast, state);
    }
  }
  return SheetsSumProductPlugin as unknown as PluginClass;
}

let registered = false;

/**
 * Registers the Sheets functions with the engine, once per process.
 * @example registerSheetsFunctions(); // then '=FILTER(A2:A, B2:B>1)' spills the matching rows
 */
export function registerSheetsFunctions(): void {
  if (registered) return;
  const plugins: PluginClass[] = [
    SheetsArrayPlugin as unknown as PluginClass,
    SheetsConditionalPlugin as unknown as PluginClass,
    SheetsXlookupPlugin as unknown as PluginClass,
    SheetsTextPlugin as unknown as PluginClass,
    sheetsLookupPlugin(),
    averageIfsPlugin(),
    sumProductPlugin(),
  ];
  for (const plugin of plugins) {
    const names = Object.keys(plugin.implementedFunctions);
    HyperFormula.registerFunctionPlugin(
      plugin as unknown as Parameters<typeof HyperFormula.registerFunctionPlugin>[0],
      { enGB: Object.fromEntries(names.map((name) => [name, name])) },
    );
  }
  registered = true;
}
