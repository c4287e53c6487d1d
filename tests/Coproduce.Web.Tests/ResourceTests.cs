using System.Resources;

namespace Coproduce.Web.Tests;

public class ResourceTests
{
    [Fact]
    public void Every_piece_of_UI_text_has_English_and_Welsh_with_the_same_placeholders()
    {
        var sameInBoth = BilingualResources.AssertComplete(
            new ResourceManager("Coproduce.Web.Resources.SharedResource", typeof(SharedResource).Assembly));

        // Only the service's name reads the same in both languages.
        Assert.Equal(["ServiceName"], sameInBoth);
    }
}
