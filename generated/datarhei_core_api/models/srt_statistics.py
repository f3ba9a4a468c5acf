from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "avail_recv_buf_bytes",
        "avail_send_buf_bytes",
        "bandwidth_mbit",
        "flight_size_pkt",
        "flow_window_pkt",
        "max_bandwidth_mbit",
        "mss_bytes",
        "pkt_recv_avg_belated_time_ms",
        "pkt_send_period_us",
        "recv_ack_pkt",
        "recv_buf_bytes",
        "recv_buf_ms",
        "recv_buf_pkt",
        "recv_bytes",
        "recv_drop_bytes",
        "recv_drop_pkt",
        "recv_km_pkt",
        "recv_loss_bytes",
        "recv_loss_pkt",
        "recv_nak_pkt",
        "recv_pkt",
        "recv_retran_pkts",
        "recv_tsbpd_delay_ms",
        "recv_undecrypt_bytes",
        "recv_undecrypt_pkt",
        "recv_unique_bytes",
        "recv_unique_pkt",
        "reorder_tolerance_pkt",
        "rtt_ms",
        "send_buf_bytes",
        "send_buf_ms",
        "send_buf_pkt",
        "send_drop_bytes",
        "send_drop_pkt",
        "send_duration_us",
        "send_km_pkt",
        "send_loss_pkt",
        "send_tsbpd_delay_ms",
        "sent_ack_pkt",
        "sent_bytes",
        "sent_nak_pkt",
        "sent_pkt",
        "sent_retrans_bytes",
        "sent_retrans_pkt",
        "sent_unique_bytes",
        "sent_unique_pkt",
        "timestamp_ms",
    }
)


@_attrs_define
class SRTStatistics:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        avail_recv_buf_bytes = self.avail_recv_buf_bytes
        if avail_recv_buf_bytes is not None:
            field_dict["avail_recv_buf_bytes"] = avail_recv_buf_bytes
        avail_send_buf_bytes = self.avail_send_buf_bytes
        if avail_send_buf_bytes is not None:
            field_dict["avail_send_buf_bytes"] = avail_send_buf_bytes
        bandwidth_mbit = self.bandwidth_mbit
        if bandwidth_mbit is not None:
            field_dict["bandwidth_mbit"] = bandwidth_mbit
        flight_size_pkt = self.flight_size_pkt
        if flight_size_pkt is not None:
            field_dict["flight_size_pkt"] = flight_size_pkt
        flow_window_pkt = self.flow_window_pkt
        if flow_window_pkt is not None:
            field_dict["flow_window_pkt"] = flow_window_pkt
        max_bandwidth_mbit = self.max_bandwidth_mbit
        if max_bandwidth_mbit is not None:
            field_dict["max_bandwidth_mbit"] = max_bandwidth_mbit
        mss_bytes = self.mss_bytes
        if mss_bytes is not None:
            field_dict["mss_bytes"] = mss_bytes
        pkt_recv_avg_belated_time_ms = self.pkt_recv_avg_belated_time_ms
        if pkt_recv_avg_belated_time_ms is not None:
            field_dict["pkt_recv_avg_belated_time_ms"] = pkt_recv_avg_belated_time_ms
        pkt_send_period_us = self.pkt_send_period_us
        if pkt_send_period_us is not None:
            field_dict["pkt_send_period_us"] = pkt_send_period_us
        recv_ack_pkt = self.recv_ack_pkt
        if recv_ack_pkt is not None:
            field_dict["recv_ack_pkt"] = recv_ack_pkt
        recv_buf_bytes = self.recv_buf_bytes
        if recv_buf_bytes is not None:
            field_dict["recv_buf_bytes"] = recv_buf_bytes
        recv_buf_ms = self.recv_buf_ms
        if recv_buf_ms is not None:
            field_dict["recv_buf_ms"] = recv_buf_ms
        recv_buf_pkt = self.recv_buf_pkt
        if recv_buf_pkt is not None:
            field_dict["recv_buf_pkt"] = recv_buf_pkt
        recv_bytes = self.recv_bytes
        if recv_bytes is not None:
            field_dict["recv_bytes"] = recv_bytes
        recv_drop_bytes = self.recv_drop_bytes
        if recv_drop_bytes is not None:
            field_dict["recv_drop_bytes"] = recv_drop_bytes
        recv_drop_pkt = self.recv_drop_pkt
        if recv_drop_pkt is not None:
            field_dict["recv_drop_pkt"] = recv_drop_pkt
        recv_km_pkt = self.recv_km_pkt
        if recv_km_pkt is not None:
            field_dict["recv_km_pkt"] = recv_km_pkt
        recv_loss_bytes = self.recv_loss_bytes
        if recv_loss_bytes is not None:
            field_dict["recv_loss_bytes"] = recv_loss_bytes
        recv_loss_pkt = self.recv_loss_pkt
        if recv_loss_pkt is not None:
            field_dict["recv_loss_pkt"] = recv_loss_pkt
        recv_nak_pkt = self.recv_nak_pkt
        if recv_nak_pkt is not None:
            field_dict["recv_nak_pkt"] = recv_nak_pkt
        recv_pkt = self.recv_pkt
        if recv_pkt is not None:
            field_dict["recv_pkt"] = recv_pkt
        recv_retran_pkts = self.recv_retran_pkts
        if recv_retran_pkts is not None:
            field_dict["recv_retran_pkts"] = recv_retran_pkts
        recv_tsbpd_delay_ms = self.recv_tsbpd_delay_ms
        if recv_tsbpd_delay_ms is not None:
            field_dict["recv_tsbpd_delay_ms"] = recv_tsbpd_delay_ms
        recv_undecrypt_bytes = self.recv_undecrypt_bytes
        if recv_undecrypt_bytes is not None:
            field_dict["recv_undecrypt_bytes"] = recv_undecrypt_bytes
        recv_undecrypt_pkt = self.recv_undecrypt_pkt
        if recv_undecrypt_pkt is not None:
            field_dict["recv_undecrypt_pkt"] = recv_undecrypt_pkt
        recv_unique_bytes = self.recv_unique_bytes
        if recv_unique_bytes is not None:
            field_dict["recv_unique_bytes"] = recv_unique_bytes
        recv_unique_pkt = self.recv_unique_pkt
        if recv_unique_pkt is not None:
            field_dict["recv_unique_pkt"] = recv_unique_pkt
        reorder_tolerance_pkt = self.reorder_tolerance_pkt
        if reorder_tolerance_pkt is not None:
            field_dict["reorder_tolerance_pkt"] = reorder_tolerance_pkt
        rtt_ms = self.rtt_ms
        if rtt_ms is not None:
            field_dict["rtt_ms"] = rtt_ms
        send_buf_bytes = self.send_buf_bytes
        if send_buf_bytes is not None:
            field_dict["send_buf_bytes"] = send_buf_bytes
        send_buf_ms = self.send_buf_ms
        if send_buf_ms is not None:
            field_dict["send_buf_ms"] = send_buf_ms
        send_buf_pkt = self.send_buf_pkt
        if send_buf_pkt is not None:
            field_dict["send_buf_pkt"] = send_buf_pkt
        send_drop_bytes = self.send_drop_bytes
        if send_drop_bytes is not None:
            field_dict["send_drop_bytes"] = send_drop_bytes
        send_drop_pkt = self.send_drop_pkt
        if send_drop_pkt is not None:
            field_dict["send_drop_pkt"] = send_drop_pkt
        send_duration_us = self.send_duration_us
        if send_duration_us is not None:
            field_dict["send_duration_us"] = send_duration_us
        send_km_pkt = self.send_km_pkt
        if send_km_pkt is not None:
            field_dict["send_km_pkt"] = send_km_pkt
        send_loss_pkt = self.send_loss_pkt
        if send_loss_pkt is not None:
            field_dict["send_loss_pkt"] = send_loss_pkt
        send_tsbpd_delay_ms = self.send_tsbpd_delay_ms
        if send_tsbpd_delay_ms is not None:
            field_dict["send_tsbpd_delay_ms"] = send_tsbpd_delay_ms
        sent_ack_pkt = self.sent_ack_pkt
        if sent_ack_pkt is not None:
            field_dict["sent_ack_pkt"] = sent_ack_pkt
        sent_bytes = self.sent_bytes
        if sent_bytes is not None:
            field_dict["sent_bytes"] = sent_bytes
        sent_nak_pkt = self.sent_nak_pkt
        if sent_nak_pkt is not None:
            field_dict["sent_nak_pkt"] = sent_nak_pkt
        sent_pkt = self.sent_pkt
        if sent_pkt is not None:
            field_dict["sent_pkt"] = sent_pkt
        sent_retrans_bytes = self.sent_retrans_bytes
        if sent_retrans_bytes is not None:
            field_dict["sent_retrans_bytes"] = sent_retrans_bytes
        sent_retrans_pkt = self.sent_retrans_pkt
        if sent_retrans_pkt is not None:
            field_dict["sent_retrans_pkt"] = sent_retrans_pkt
        sent_unique_bytes = self.sent_unique_bytes
        if sent_unique_bytes is not None:
            field_dict["sent_unique_bytes"] = sent_unique_bytes
        sent_unique_pkt = self.sent_unique_pkt
        if sent_unique_pkt is not None:
            field_dict["sent_unique_pkt"] = sent_unique_pkt
        timestamp_ms = self.timestamp_ms
        if timestamp_ms is not None:
            field_dict["timestamp_ms"] = timestamp_ms
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_ = cls.__new__(cls)
        model_.avail_recv_buf_bytes = get("avail_recv_buf_bytes")
        model_.avail_send_buf_bytes = get("avail_send_buf_bytes")
        model_.bandwidth_mbit = get("bandwidth_mbit")
        model_.flight_size_pkt = get("flight_size_pkt")
        model_.flow_window_pkt = get("flow_window_pkt")
        model_.max_bandwidth_mbit = get("max_bandwidth_mbit")
        model_.mss_bytes = get("mss_bytes")
        model_.pkt_recv_avg_belated_time_ms = get("pkt_recv_avg_belated_time_ms")
        model_.pkt_send_period_us = get("pkt_send_period_us")
        model_.recv_ack_pkt = get("recv_ack_pkt")
        model_.recv_buf_bytes = get("recv_buf_bytes")
        model_.recv_buf_ms = get("recv_buf_ms")
        model_.recv_buf_pkt = get("recv_buf_pkt")
        model_.recv_bytes = get("recv_bytes")
        model_.recv_drop_bytes = get("recv_drop_bytes")
        model_.recv_drop_pkt = get("recv_drop_pkt")
        model_.recv_km_pkt = get("recv_km_pkt")
        model_.recv_loss_bytes = get("recv_loss_bytes")
        model_.recv_loss_pkt = get("recv_loss_pkt")
        model_.recv_nak_pkt = get("recv_nak_pkt")
        model_.recv_pkt = get("recv_pkt")
        model_.recv_retran_pkts = get("recv_retran_pkts")
        model_.recv_tsbpd_delay_ms = get("recv_tsbpd_delay_ms")
        model_.recv_undecrypt_bytes = get("recv_undecrypt_bytes")
        model_.recv_undecrypt_pkt = get("recv_undecrypt_pkt")
        model_.recv_unique_bytes = get("recv_unique_bytes")
        model_.recv_unique_pkt = get("recv_unique_pkt")
        model_.reorder_tolerance_pkt = get("reorder_tolerance_pkt")
        model_.rtt_ms = get("rtt_ms")
        model_.send_buf_bytes = get("send_buf_bytes")
        model_.send_buf_ms = get("send_buf_ms")
        model_.send_buf_pkt = get("send_buf_pkt")
        model_.send_drop_bytes = get("send_drop_bytes")
        model_.send_drop_pkt = get("send_drop_pkt")
        model_.send_duration_us = get("send_duration_us")
        model_.send_km_pkt = get("send_km_pkt")
        model_.send_loss_pkt = get("send_loss_pkt")
        model_.send_tsbpd_delay_ms = get("send_tsbpd_delay_ms")
        model_.sent_ack_pkt = get("sent_ack_pkt")
        model_.sent_bytes = get("sent_bytes")
        model_.sent_nak_pkt = get("sent_nak_pkt")
        model_.sent_pkt = get("sent_pkt")
        model_.sent_retrans_bytes = get("sent_retrans_bytes")
        model_.sent_retrans_pkt = get("sent_retrans_pkt")
        model_.sent_unique_bytes = get("sent_unique_bytes")
        model_.sent_unique_pkt = get("sent_unique_pkt")
        model_.timestamp_ms = get("timestamp_ms")
        if src_dict.keys() <= _KNOWN_KEYS:
            model_.additional_properties = {}
        else:
            model_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS
            }
        return model_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
