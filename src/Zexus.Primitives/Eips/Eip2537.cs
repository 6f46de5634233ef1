namespace Zexus.Primitives.Eips;

/// <summary>
/// EIP-2537: precompiles for BLS12-381 curve operations (<see href="https://eips.ethereum.org/EIPS/eip-2537"/>;
/// Prague): addresses 0x0b–0x11 and their gas schedule.
/// </summary>
public static class Eip2537
{
    /// <summary>BLS12_G1ADD.</summary>
    public const int G1AddAddress = 0x0b;

    /// <summary>BLS12_G1MSM.</summary>
    public const int G1MsmAddress = 0x0c;

    /// <summary>BLS12_G2ADD.</summary>
    public const int G2AddAddress = 0x0d;

    /// <summary>BLS12_G2MSM.</summary>
    public const int G2MsmAddress = 0x0e;

    /// <summary>BLS12_PAIRING_CHECK.</summary>
    public const int PairingCheckAddress = 0x0f;

    /// <summary>BLS12_MAP_FP_TO_G1.</summary>
    public const int MapFpToG1Address = 0x10;

    /// <summary>BLS12_MAP_FP2_TO_G2.</summary>
    public const int MapFp2ToG2Address = 0x11;

    /// <summary>Gas of BLS12_G1ADD.</summary>
    public const long G1AddGas = 375;

    /// <summary>Gas of BLS12_G2ADD.</summary>
    public const long G2AddGas = 600;

    /// <summary>The cost of one G1 multiplication, the unit of the G1 MSM price.</summary>
    public const long G1MulGas = 12000;

    /// <summary>The cost of one G2 multiplication, the unit of the G2 MSM price.</summary>
    public const long G2MulGas = 22500;

    /// <summary>Per-pair gas of BLS12_PAIRING_CHECK.</summary>
    public const long PairingPerPairGas = 32600;

    /// <summary>Base gas of BLS12_PAIRING_CHECK.</summary>
    public const long PairingBaseGas = 37700;

    /// <summary>Gas of BLS12_MAP_FP_TO_G1.</summary>
    public const long MapFpToG1Gas = 5500;

    /// <summary>Gas of BLS12_MAP_FP2_TO_G2.</summary>
    public const long MapFp2ToG2Gas = 23800;

    /// <summary>The divisor of the discount: gas = k · mul_cost · discount(k) / 1000.</summary>
    public const long DiscountMultiplier = 1000;

    /// <summary>Size of an encoded G1 point (two 64-byte padded coordinates).</summary>
    public const int G1PointLength = 128;

    /// <summary>Size of an encoded G2 point (four 64-byte padded coordinates).</summary>
    public const int G2PointLength = 256;

    /// <summary>Size of a scalar.</summary>
    public const int ScalarLength = 32;

    /// <summary>The G1 MSM discount for k = 1 … 128 pairs; k &gt; 128 uses the last entry (519).</summary>
    public static ReadOnlySpan<short> G1Discounts =>
    [
        1000, 949, 848, 797, 764, 750, 738, 728, 719, 712, 705, 698, 692, 687, 682, 677, 673, 669, 665, 661,
        658, 654, 651, 648, 645, 642, 640, 637, 635, 632, 630, 627, 625, 623, 621, 619, 617, 615, 613, 611,
        609, 608, 606, 604, 603, 601, 599, 598, 596, 595, 593, 592, 591, 589, 588, 586, 585, 584, 582, 581,
        580, 579, 577, 576, 575, 574, 573, 572, 570, 569, 568, 567, 566, 565, 564, 563, 562, 561, 560, 559,
        558, 557, 556, 555, 554, 553, 552, 551, 550, 549, 548, 547, 547, 546, 545, 544, 543, 542, 541, 540,
        540, 539, 538, 537, 536, 536, 535, 534, 533, 532, 532, 531, 530, 529, 528, 528, 527, 526, 525, 525,
        524, 523, 522, 522, 521, 520, 520, 519,
    ];

    /// <summary>The G2 MSM discount for k = 1 … 128 pairs; k &gt; 128 uses the last entry (524).</summary>
    public static ReadOnlySpan<short> G2Discounts =>
    [
        1000, 1000, 923, 884, 855, 832, 812, 796, 782, 770, 759, 749, 740, 732, 724, 717, 711, 704, 699, 693,
        688, 683, 679, 674, 670, 666, 663, 659, 655, 652, 649, 646, 643, 640, 637, 634, 632, 629, 627, 624,
        622, 620, 618, 615, 613, 611, 609, 607, 606, 604, 602, 600, 598, 597, 595, 593, 592, 590, 589, 587,
        586, 584, 583, 582, 580, 579, 578, 576, 575, 574, 573, 571, 570, 569, 568, 567, 566, 565, 563, 562,
        561, 560, 559, 558, 557, 556, 555, 554, 553, 552, 552, 551, 550, 549, 548, 547, 546, 545, 545, 544,
        543, 542, 541, 541, 540, 539, 538, 537, 537, 536, 535, 535, 534, 533, 532, 532, 531, 530, 530, 529,
        528, 528, 527, 526, 526, 525, 524, 524,
    ];

    /// <summary>
    /// The MSM price for <paramref name="pairs"/> pairs: k · <paramref name="mulGas"/> · discount(k) / 1000, with the
    /// table's last entry as the cap for k &gt; 128 (0 for k = 0, where the call fails anyway).
    /// </summary>
    public static long MsmGas(long pairs, long mulGas, ReadOnlySpan<short> discounts)
    {
        if (pairs <= 0)
        {
            return 0;
        }

        long discount = pairs <= discounts.Length ? discounts[(int)pairs - 1] : discounts[^1];
        return pairs * mulGas * discount / DiscountMultiplier;
    }
}
