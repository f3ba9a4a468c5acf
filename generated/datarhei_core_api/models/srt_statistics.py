from __future__ import annotations

from .. import types as _types


class SRTStatistics(_types.Model):
    """
    Attributes:
        avail_recv_buf_bytes (int | None): The available space in the receiver's buffer, in bytes
        avail_send_buf_bytes (int | None): The available space in the sender's buffer, in bytes
        bandwidth_mbit (float | None): Estimated bandwidth of the network link, in Mbps
        flight_size_pkt (int | None): The number of packets in flight
        flow_window_pkt (int | None): The maximum number of packets that can be "in flight"
        max_bandwidth_mbit (float | None): Transmission bandwidth limit, in Mbps
        mss_bytes (int | None): Maximum Segment Size (MSS), in bytes
        pkt_recv_avg_belated_time_ms (int | None): Accumulated difference between the current time and the time-to-play
            of a packet that is received late
        pkt_send_period_us (float | None): Current minimum time interval between which consecutive packets are sent, in
            microseconds
        recv_ack_pkt (int | None): The total number of received ACK (Acknowledgement) control packets
        recv_buf_bytes (int | None): Instantaneous (current) value of pktRcvBuf, expressed in bytes, including payload
            and all headers (IP, TCP, SRT)
        recv_buf_ms (int | None): The timespan (msec) of acknowledged packets in the receiver's buffer
        recv_buf_pkt (int | None): The number of acknowledged packets in receiver's buffer
        recv_bytes (int | None): Same as pktRecv, but expressed in bytes, including payload and all the headers (IP,
            TCP, SRT)
        recv_drop_bytes (int | None): Same as pktRcvDrop, but expressed in bytes, including payload and all the headers
            (IP, TCP, SRT)
        recv_drop_pkt (int | None): The total number of dropped by the SRT receiver and, as a result, not delivered to
            the upstream application DATA packets
        recv_km_pkt (int | None): The total number of received KM (Key Material) control packets
        recv_loss_bytes (int | None): Same as pktRcvLoss, but expressed in bytes, including payload and all the headers
            (IP, TCP, SRT), bytes for the presently missing (either reordered or lost) packets' payloads are estimated based
            on the average packet size
        recv_loss_pkt (int | None): The total number of SRT DATA packets detected as presently missing (either reordered
            or lost) at the receiver side
        recv_nak_pkt (int | None): The total number of received NAK (Negative Acknowledgement) control packets
        recv_pkt (int | None): The total number of received DATA packets, including retransmitted packets
        recv_retran_pkts (int | None): The total number of retransmitted packets registered at the receiver side
        recv_tsbpd_delay_ms (int | None): Timestamp-based Packet Delivery Delay value set on the socket via
            SRTO_RCVLATENCY or SRTO_LATENCY
        recv_undecrypt_bytes (int | None): Same as pktRcvUndecrypt, but expressed in bytes, including payload and all
            the headers (IP, TCP, SRT)
        recv_undecrypt_pkt (int | None): The total number of packets that failed to be decrypted at the receiver side
        recv_unique_bytes (int | None): Same as pktRecvUnique, but expressed in bytes, including payload and all the
            headers (IP, TCP, SRT)
        recv_unique_pkt (int | None): The total number of unique original, retransmitted or recovered by the packet
            filter DATA packets received in time, decrypted without errors and, as a result, scheduled for delivery to the
            upstream application by the SRT receiver.
        reorder_tolerance_pkt (int | None): Instant value of the packet reorder tolerance
        rtt_ms (float | None): Smoothed round-trip time (SRTT), an exponentially-weighted moving average (EWMA) of an
            endpoint's RTT samples, in milliseconds
        send_buf_bytes (int | None): Instantaneous (current) value of pktSndBuf, but expressed in bytes, including
            payload and all headers (IP, TCP, SRT)
        send_buf_ms (int | None): The timespan (msec) of packets in the sender's buffer (unacknowledged packets)
        send_buf_pkt (int | None): The number of packets in the sender's buffer that are already scheduled for sending
            or even possibly sent, but not yet acknowledged
        send_drop_bytes (int | None): Same as pktSndDrop, but expressed in bytes, including payload and all the headers
            (IP, TCP, SRT)
        send_drop_pkt (int | None): The total number of dropped by the SRT sender DATA packets that have no chance to be
            delivered in time
        send_duration_us (int | None): The total accumulated time in microseconds, during which the SRT sender has some
            data to transmit, including packets that have been sent, but not yet acknowledged
        send_km_pkt (int | None): The total number of sent KM (Key Material) control packets
        send_loss_pkt (int | None): The total number of data packets considered or reported as lost at the sender side.
            Does not correspond to the packets detected as lost at the receiver side.
        send_tsbpd_delay_ms (int | None): Timestamp-based Packet Delivery Delay value of the peer
        sent_ack_pkt (int | None): The total number of sent ACK (Acknowledgement) control packets
        sent_bytes (int | None): Same as pktSent, but expressed in bytes, including payload and all the headers (IP,
            TCP, SRT)
        sent_nak_pkt (int | None): The total number of sent NAK (Negative Acknowledgement) control packets
        sent_pkt (int | None): The total number of sent DATA packets, including retransmitted packets
        sent_retrans_bytes (int | None): Same as pktRetrans, but expressed in bytes, including payload and all the
            headers (IP, TCP, SRT)
        sent_retrans_pkt (int | None): The total number of retransmitted packets sent by the SRT sender
        sent_unique_bytes (int | None): Same as pktSentUnique, but expressed in bytes, including payload and all the
            headers (IP, TCP, SRT)
        sent_unique_pkt (int | None): The total number of unique DATA packets sent by the SRT sender
        timestamp_ms (int | None): The time elapsed, in milliseconds, since the SRT socket has been created
    """

    avail_recv_buf_bytes: int | None = None
    avail_send_buf_bytes: int | None = None
    bandwidth_mbit: float | None = None
    flight_size_pkt: int | None = None
    flow_window_pkt: int | None = None
    max_bandwidth_mbit: float | None = None
    mss_bytes: int | None = None
    pkt_recv_avg_belated_time_ms: int | None = None
    pkt_send_period_us: float | None = None
    recv_ack_pkt: int | None = None
    recv_buf_bytes: int | None = None
    recv_buf_ms: int | None = None
    recv_buf_pkt: int | None = None
    recv_bytes: int | None = None
    recv_drop_bytes: int | None = None
    recv_drop_pkt: int | None = None
    recv_km_pkt: int | None = None
    recv_loss_bytes: int | None = None
    recv_loss_pkt: int | None = None
    recv_nak_pkt: int | None = None
    recv_pkt: int | None = None
    recv_retran_pkts: int | None = None
    recv_tsbpd_delay_ms: int | None = None
    recv_undecrypt_bytes: int | None = None
    recv_undecrypt_pkt: int | None = None
    recv_unique_bytes: int | None = None
    recv_unique_pkt: int | None = None
    reorder_tolerance_pkt: int | None = None
    rtt_ms: float | None = None
    send_buf_bytes: int | None = None
    send_buf_ms: int | None = None
    send_buf_pkt: int | None = None
    send_drop_bytes: int | None = None
    send_drop_pkt: int | None = None
    send_duration_us: int | None = None
    send_km_pkt: int | None = None
    send_loss_pkt: int | None = None
    send_tsbpd_delay_ms: int | None = None
    sent_ack_pkt: int | None = None
    sent_bytes: int | None = None
    sent_nak_pkt: int | None = None
    sent_pkt: int | None = None
    sent_retrans_bytes: int | None = None
    sent_retrans_pkt: int | None = None
    sent_unique_bytes: int | None = None
    sent_unique_pkt: int | None = None
    timestamp_ms: int | None = None
