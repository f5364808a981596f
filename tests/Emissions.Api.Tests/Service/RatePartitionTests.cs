using System.Net;
using Emissions.Api.Auth;
using Emissions.Storage;

namespace Emissions.Api.Tests.Service;

public sealed class RatePartitionTests
{
    [Fact]
    public void Anonymous_requests_from_one_address_share_a_window_whichever_connection_they_came_on()
    {
        // Each connection has its own IPAddress instance: the window is the address's value, not the instance.
        Assert.Equal(RatePartition.For(null, IPAddress.Parse("192.0.2.7")), RatePartition.For(null, IPAddress.Parse("192.0.2.7")));
        Assert.NotEqual(RatePartition.For(null, IPAddress.Parse("192.0.2.7")), RatePartition.For(null, IPAddress.Parse("192.0.2.8")));
    }

    [Fact]
    public void A_key_counts_against_its_own_window_wherever_it_calls_from()
    {
        var caller = new Caller("org-1", ApiKeyRole.Submitter, "em_ab12");
        Assert.Equal(RatePartition.For(caller, IPAddress.Parse("192.0.2.7")), RatePartition.For(caller with { }, IPAddress.Parse("198.51.100.1")));
        Assert.NotEqual(RatePartition.For(caller, null), RatePartition.For(caller with { KeyPrefix = "em_cd34" }, null));
    }

    [Fact]
    public void A_key_and_an_address_never_share_a_window()
    {
        var caller = new Caller("org-1", ApiKeyRole.Submitter, "192.0.2.7");
        Assert.NotEqual(RatePartition.For(caller, null), RatePartition.For(null, IPAddress.Parse("192.0.2.7")));
        Assert.NotEqual(RatePartition.For(caller, null), RatePartition.For(null, null));
    }
}
