using System.Text;
using Emissions.Cli;

// Console.Out flushes after every write (every 256 bytes of a long JSON answer: ~400,000 write calls for 100 MB);
// the answer goes out through one 64 KiB buffer instead, flushed once at the end. Errors stay unbuffered.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
var exitCode = CliApp.Run(args, stdout, Console.Error);
stdout.Flush();
return exitCode;
