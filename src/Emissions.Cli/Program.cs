using System.Text;
using Emissions.Cli;

// Console.Out flushes after every write (every 256 bytes of a long JSON answer: ~400,000 write calls for 100 MB);
// every format goes out through one 64 KiB buffered UTF-8 stream instead, flushed once at the end (JSON is serialised
// straight onto the byte buffer, text through the writer's). Errors stay unbuffered.
using var buffered = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
using var stdout = new StreamWriter(buffered, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
var exitCode = CliApp.Run(args, stdout, Console.Error);
stdout.Flush();
return exitCode;
