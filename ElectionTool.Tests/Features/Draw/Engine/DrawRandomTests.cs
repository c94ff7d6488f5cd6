using ElectionTool.Draw;
using Xunit;

namespace ElectionTool.Tests.Features.Draw.Engine;

public class DrawRandomTests
{
    private static DrawRandom Fixed() => DrawRandom.ForStage("GE-2027", 1, "31415", new string('a', 64), DrawAlgorithm.V1);

    [Fact]
    public void Same_key_gives_the_same_stream_and_a_different_seed_another()
    {
        using var a = Fixed();
        using var b = Fixed();
        using var c = DrawRandom.ForStage("GE-2027", 1, "31416", new string('a', 64), DrawAlgorithm.V1);
        var first = Enumerable.Range(0, 50).Select(_ => a.NextUInt32()).ToList();
        Assert.Equal(first, Enumerable.Range(0, 50).Select(_ => b.NextUInt32()));
        Assert.NotEqual(first, Enumerable.Range(0, 50).Select(_ => c.NextUInt32()));
    }

    [Fact]
    public void Stream_matches_the_published_definition()
    {
        var key = DrawRandom.DeriveKey("GE-2027", 1, "31415", new string('a', 64), DrawAlgorithm.V1);
        var block0 = System.Security.Cryptography.HMACSHA256.HashData(key, new byte[8]);
        using var rng = Fixed();
        Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(block0), rng.NextUInt32());
        Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(block0.AsSpan(4)), rng.NextUInt32());
    }

    [Fact]
    public void Known_answer_vector_is_pinned()
    {
        using var rng = Fixed();
        var draws = Enumerable.Range(0, 8).Select(_ => rng.NextInt(1000)).ToArray();
        Assert.Equal(KnownAnswers.RandomFirstEightBelow1000, string.Join(",", draws));
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_cover_it()
    {
        using var rng = Fixed();
        var seen = new int[7];
        for (var i = 0; i < 7000; i++)
        {
            seen[rng.NextInt(7)]++;
        }

        Assert.All(seen, count => Assert.InRange(count, 850, 1150));
        Assert.Equal(0, rng.NextInt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(0));
    }

    [Fact]
    public void Shuffle_is_a_permutation_and_the_lazy_prefix_matches_it()
    {
        using var a = Fixed();
        using var b = Fixed();
        var items = Enumerable.Range(0, 100).ToArray();
        a.Shuffle<int>(items);
        Assert.Equal(Enumerable.Range(0, 100), items.Order());
        var lazy = b.ShuffledPrefix(Enumerable.Range(0, 100).ToList()).ToList();
        Assert.Equal(items, lazy);
    }
}
