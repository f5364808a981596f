using System.Net.Http.Headers;
using Emissions.Contract.Checks;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>The Kuaishou 2020 check request as a working paper: its Figures, Relations and Options sheets are the request.</summary>
public static class KuaishouWorkbook
{
    public static CheckRequest Request => CheckRequestReader.Parse(Repository.Read("tests/fixtures/kuaishou-2020/report.json"));

    public static byte[] Bytes()
    {
        var request = Request;
        using var stream = new MemoryStream();
        WorkingPaper.Write(stream, request, CheckRun.Run(request, null));
        return stream.ToArray();
    }

    /// <summary>The workbook as a request body, with the XLSX media type.</summary>
    public static ByteArrayContent Content()
    {
        var content = new ByteArrayContent(Bytes());
        content.Headers.ContentType = new MediaTypeHeaderValue(WorkingPaper.MediaType);
        return content;
    }
}
