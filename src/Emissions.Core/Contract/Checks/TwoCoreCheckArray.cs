using System.Runtime.ExceptionServices;
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
/// caller's writer adds its own). A pool thread that starts late (a busy service) finds every run claimed and does
/// nothing; the caller waits only for runs the pool thread has actually taken.
/// </remarks>
internal sealed class TwoCoreCheckArray
{
    /// <summary>Checks per run: small enough that the two threads finish close together, large enough that claiming is rare.</summary>
    internal const int RunLength = 16;

    private readonly IReadOnlyList<CheckResult> _checks;
    private readonly JsonWriterOptions _options;
    private readonly int _depth;
    private readonly int[] _claimed;

    // The pool thread's runs: where each lies in its buffer (claimed from the back, so the buffer holds them last first).
    // Rented only once the pool thread has claimed a run, so that the caller returns it only when it waited for them.
    private PooledByteBuffer? _buffer;
    private readonly (int Start, int Length)[] _spans;

    private TwoCoreCheckArray(IReadOnlyList<CheckResult> checks, JsonWriterOptions options, int depth)
    {
        _checks = checks;
        _options = options;
        _depth = depth;
        var runs = (checks.Count + RunLength - 1) / RunLength;
        _claimed = new int[runs];
        _spans = new (int, int)[runs];
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
        var back = Task.Run(() => array.WriteFromTheBack(writeCheck, budget));

        // The front, straight into the answer, until a run the pool thread took.
        var front = 0;
        while (front < array._claimed.Length && array.Claim(front))
        {
            array.WriteRun(writer, front, writeCheck);
            front++;
        }

        if (front == array._claimed.Length)
        {
            // Every run was the caller's: the pool thread, whenever it starts, finds nothing to do.
            return;
        }

        try
        {
            back.Wait();
        }
        catch (AggregateException ex) when (ex.InnerExceptions is [var inner])
        {
            ExceptionDispatchInfo.Capture(inner).Throw();
        }

        var written = array._buffer!.WrittenSpan;
        for (var run = front; run < array._claimed.Length; run++)
        {
            var (start, length) = array._spans[run];
            writer.WriteRawValue(written.Slice(start, length), skipInputValidation: true);
        }

        // Back to the pool only once copied: a pool thread that found nothing to do never touched it.
        array._buffer.ReturnToPool();
    }

    private bool Claim(int run) => Interlocked.Exchange(ref _claimed[run], 1) == 0;

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
        var run = _claimed.Length - 1;
        if (!Claim(run))
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

            _spans[run] = (start, buffer.WrittenCount - start);
        }
        while (--run >= 0 && Claim(run));
    }

    // Sized for about half the checks at wide-500's 1.8 KB per check indented (less compact), so that the buffer is not
    // grown and copied while the caller waits for it; the pool rounds up to a power of two and keeps what it hands out.
    private const int BytesPerCheck = 1024;

    private const int MinBufferSize = 64 * 1024;
}
