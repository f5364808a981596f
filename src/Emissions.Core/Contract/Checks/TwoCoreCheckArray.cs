using System.Text.Json;
using Emissions.Budget;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// The elements of a large report's "checks" array written on two cores (ADR 0034): the checks are cut into runs of
/// <see cref="RunLength"/>; the caller's thread writes runs from the front straight into the answer, a pool thread
/// writes runs from the back into its own buffer, each run claimed by whichever thread reaches it first. Writing a check
/// works out its implied values, attributions and explanation (they are produced when first read), so those are
/// shared between the cores too. When the two meet, the caller copies the pool thread's runs after its own, in order.
/// </summary>
/// <remarks>
/// Byte-identical to writing every check on one thread: the pool thread's writer has the caller's options and is nested
/// as deep, so each check is indented the same, and it strips the list separator its writer put before a run (the
/// caller's writer adds its own). The caller never waits: the pool thread claims one run at a time, so when the caller
/// meets its runs every one is finished but perhaps the first, which the caller then writes itself (a check's
/// diagnostics are safe to work out on two threads at once, ADR 0034); a pool thread that starts late (a busy service)
/// finds every run claimed and does nothing. Its buffer goes back to the pool when both threads are done with it.
/// </remarks>
internal sealed class TwoCoreCheckArray
{
    /// <summary>Checks per run: small enough that the two threads finish close together, large enough that claiming is rare.</summary>
    internal const int RunLength = 16;

    // A run's state: nobody's yet, the caller's, the pool thread's (being written), or written by the pool thread.
    private const int Free = 0;
    private const int Caller = 1;
    private const int Pool = 2;
    private const int Written = 3;

    private readonly IReadOnlyList<CheckResult> _checks;
    private readonly JsonWriterOptions _options;
    private readonly int _depth;
    private readonly int[] _state;

    // The pool thread's finished runs: the array and place each lies in (an outgrown array stays valid, never pooled).
    private readonly (byte[] Array, int Start, int Length)[] _spans;

    // Rented by the pool thread once it has claimed a run; returned by whichever of the two threads is done with it last.
    private PooledByteBuffer? _buffer;
    private int _users = 2;

    private TwoCoreCheckArray(IReadOnlyList<CheckResult> checks, JsonWriterOptions options, int depth)
    {
        _checks = checks;
        _options = options;
        _depth = depth;
        var runs = (checks.Count + RunLength - 1) / RunLength;
        _state = new int[runs];
        _spans = new (byte[], int, int)[runs];
    }

    /// <summary>Writes every check of <paramref name="checks"/> as the elements of the array <paramref name="writer"/> has just opened.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<CheckResult> checks, Action<Utf8JsonWriter, CheckResult> writeCheck)
    {
        if (checks.Count <= RunLength)
        {
            // One run: nothing to share.
            foreach (var check in checks)
            {
                writeCheck(writer, check);
            }

            return;
        }

        var array = new TwoCoreCheckArray(checks, writer.Options, writer.CurrentDepth);
        var budget = WorkBudget.Ambient;
        _ = Task.Run(() => array.WriteFromTheBack(writeCheck, budget));

        // The front, straight into the answer, until a run the pool thread took.
        var runs = array._state.Length;
        var run = 0;
        while (run < runs && Interlocked.CompareExchange(ref array._state[run], Caller, Free) == Free)
        {
            array.WriteRun(writer, run, writeCheck);
            run++;
        }

        // The pool thread's runs: the first may still be being written (it finished every later one before claiming
        // it); rather than wait for a thread that may not be running, the caller writes that one too.
        for (; run < runs; run++)
        {
            if (Volatile.Read(ref array._state[run]) == Written)
            {
                var (bytes, start, length) = array._spans[run];
                writer.WriteRawValue(bytes.AsSpan(start, length), skipInputValidation: true);
            }
            else
            {
                array.WriteRun(writer, run, writeCheck);
            }
        }

        array.DoneWithBuffer();
    }

    private void DoneWithBuffer()
    {
        if (Interlocked.Decrement(ref _users) == 0)
        {
            _buffer?.ReturnToPool();
        }
    }

    private void WriteRun(Utf8JsonWriter writer, int run, Action<Utf8JsonWriter, CheckResult> writeCheck)
    {
        var end = Math.Min(_checks.Count, (run + 1) * RunLength);
        for (var i = run * RunLength; i < end; i++)
        {
            writeCheck(writer, _checks[i]);
        }
    }

    private void WriteFromTheBack(Action<Utf8JsonWriter, CheckResult> writeCheck, object? budget)
    {
        try
        {
            var run = _state.Length - 1;
            if (Interlocked.CompareExchange(ref _state[run], Pool, Free) != Free)
            {
                // Started late: the caller has written every run.
                return;
            }

            using var adopted = WorkBudget.Adopt(budget);
            var buffer = _buffer = new PooledByteBuffer(Math.Max(MinBufferSize, _checks.Count * BytesPerCheck));
            using var writer = new Utf8JsonWriter(buffer, _options);

            // As deep as the caller's array, so that every line is indented as the caller's writer would indent it.
            for (var level = 0; level < _depth; level++)
            {
                writer.WriteStartArray();
            }

            do
            {
                writer.Flush();
                var start = buffer.WrittenCount;
                WriteRun(writer, run, writeCheck);
                writer.Flush();

                // The separator this writer put between its own runs: the caller's writer adds the one the answer needs.
                if (buffer.WrittenSpan[start] == (byte)',')
                {
                    start++;
                }

                _spans[run] = (buffer.Array, start, buffer.WrittenCount - start);
                Volatile.Write(ref _state[run], Written);
            }
            while (--run >= 0 && Interlocked.CompareExchange(ref _state[run], Pool, Free) == Free);
        }
        finally
        {
            DoneWithBuffer();
        }
    }

    // Sized for about half the checks at wide-500's 1.8 KB per check indented (less compact), so that the buffer seldom
    // grows; the pool rounds up to a power of two and keeps what it hands out.
    private const int BytesPerCheck = 1024;

    private const int MinBufferSize = 64 * 1024;
}
