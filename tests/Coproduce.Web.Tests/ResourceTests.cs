using System.Resources;

namespace Coproduce.Web.Tests;

public class ResourceTests
{
    [Fact]
    public void Every_piece_of_UI_text_has_English_and_Welsh_with_the_same_placeholders()
    {
        var sameInBoth = BilingualResources.AssertComplete(
            new ResourceManager("Coproduce.Web.Resources.SharedResource", typeof(SharedResource).Assembly));

        // Names, and words Welsh borrows unchanged; anything else the same in both is an untranslated string.
        Assert.Equal(["Demo.Tag", "ServiceName"], sameInBoth.Order(StringComparer.Ordinal));
    }
}
