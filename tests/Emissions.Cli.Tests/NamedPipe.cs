namespace Emissions.Cli.Tests;

/// <summary>A named pipe (mkfifo) that a writer fills with a text while the CLI reads it by its path.</summary>
internal static class NamedPipe
{
    /// <summary>
    /// What <paramref name="run"/> returns for the pipe's path while another task writes <paramref name="text"/> into it.
    /// A reader that opened the pipe to size it and closed it unread would leave the writer without a reader and the
    /// read waiting for another: both sides are bounded by a minute so such a hang fails the test.
    /// </summary>
    public static async Task<T> ReadWhileWritten<T>(string text, Func<string, T> run)
    {
        var pipe = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        try
        {
            var writer = Task.Run(() => File.WriteAllText(pipe, text));
            var result = await Task.Run(() => run(pipe)).WaitAsync(TimeSpan.FromMinutes(1));
            await writer.WaitAsync(TimeSpan.FromMinutes(1));
            return result;
        }
        finally
        {
            File.Delete(pipe);
        }
    }
}
